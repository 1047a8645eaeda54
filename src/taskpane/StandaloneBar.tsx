/**
 * Standalone mode (a plain browser, no Excel): open an .xlsx from disk or one of the examples
 * served next to the pane, and download the workbook as the pane changed it.
 */
import { useRef, useState, type ChangeEvent } from "react";
import { Button, Field, ProgressBar, Select, Text, makeStyles, tokens } from "@fluentui/react-components";
import { ArrowDownloadRegular, DismissRegular, FolderOpenRegular } from "@fluentui/react-icons";
import type { PaneServices } from "./services";
import { useT } from "./i18n";
import { errorMessage } from "./useTask";
import { XLSX_ACCEPT, offerDownload } from "./download";
import { FileInput } from "./components/FileInput";
import { pickedFromFile } from "./files";
import { ErrorBar, InfoBar } from "./components/feedback";
import { OpenCancelled, type OpenProgress } from "./worker/client";
import { OPEN_STAGES, type OpenStage } from "./worker/protocol";

/** The example workbooks served at ./examples/<id>.xlsx next to the pane. */
export const EXAMPLES = ["kof-2020-delar", "bun-2020-helar", "an-2024-delar", "vss-2023-delar", "ks-2018-delar", "mall-delar"] as const;
export type ExampleId = (typeof EXAMPLES)[number];

/** Same-origin fetch of an example; anything else is refused before a request is made. */
export async function fetchExample(id: ExampleId): Promise<Uint8Array> {
  if (!EXAMPLES.includes(id)) throw new Error(`Okänt exempel: ${id}`);
  const url = new URL(`./examples/${id}.xlsx`, window.location.href);
  if (url.origin !== window.location.origin) throw new Error("Exempel hämtas bara från samma server som panelen.");
  const response = await fetch(url.href, { credentials: "same-origin" });
  if (!response.ok) throw new Error(`Exemplet ${id} kunde inte hämtas (HTTP ${response.status}).`);
  return new Uint8Array(await response.arrayBuffer());
}

const useStyles = makeStyles({
  bar: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalS,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    backgroundColor: tokens.colorNeutralBackground2,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  heading: { margin: 0, fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold },
  row: { display: "flex", flexWrap: "wrap", alignItems: "end", columnGap: tokens.spacingHorizontalS, rowGap: tokens.spacingVerticalS },
  grow: { flexGrow: 1, minWidth: "12rem" },
  progress: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalXS, alignItems: "stretch" },
});

export interface StandaloneBarProps {
  services: PaneServices;
  onOpen: (name: string, bytes: () => Promise<Uint8Array>, progress?: OpenProgress) => Promise<void>;
  loadExample?: (id: ExampleId) => Promise<Uint8Array>;
}

export function StandaloneBar({ services, onOpen, loadExample = fetchExample }: StandaloneBarProps) {
  const t = useT();
  const styles = useStyles();
  const [example, setExample] = useState<ExampleId>(EXAMPLES[0]);
  const [opening, setOpening] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [stage, setStage] = useState<OpenStage | null>(null);
  const [cancelled, setCancelled] = useState(false);
  const abort = useRef<AbortController | null>(null);
  // After a file is opened the focus goes to the line naming it (the views below start over),
  // not back to the top of the page.
  const current = useRef<HTMLSpanElement>(null);

  async function open(name: string, bytes: () => Promise<Uint8Array>) {
    setOpening(name);
    setError(null);
    setCancelled(false);
    setStage(null);
    const controller = new AbortController();
    abort.current = controller;
    try {
      await onOpen(name, bytes, { onProgress: setStage, signal: controller.signal });
      current.current?.focus();
    } catch (failure) {
      // Cancelling keeps the workbook that was open before; it is not an error.
      if (failure instanceof OpenCancelled) setCancelled(true);
      else setError(errorMessage(failure));
    } finally {
      abort.current = null;
      setOpening(null);
      setStage(null);
    }
  }

  function onFile(event: ChangeEvent<HTMLInputElement>) {
    const file = event.target.files?.[0];
    event.target.value = "";
    if (file) void open(file.name, pickedFromFile(file).bytes);
  }

  async function onDownload() {
    if (!services.exportWorkbook) return;
    setError(null);
    try {
      offerDownload(await services.exportWorkbook("uppfoljning"));
    } catch (failure) {
      setError(errorMessage(failure));
    }
  }

  const busy = opening !== null;
  return (
    <section className={styles.bar} aria-labelledby="standalone-heading" data-testid="standalone-bar">
      <h2 id="standalone-heading" className={styles.heading}>
        {t("standalone.heading")}
      </h2>
      <Text data-testid="workbook-name" ref={current} tabIndex={-1}>
        {services.workbookName ? t("standalone.current", { name: services.workbookName }) : t("standalone.none")}
      </Text>
      <FileInput
        label={t("standalone.open")}
        hint={t("standalone.openHint")}
        accept={XLSX_ACCEPT}
        disabled={busy}
        onChange={onFile}
        testId="open-workbook"
      />
      <div className={styles.row}>
        <Field label={t("standalone.examplesLabel")} className={styles.grow}>
          <Select value={example} disabled={busy} onChange={(_, data) => setExample(data.value as ExampleId)}>
            {EXAMPLES.map((id) => (
              <option key={id} value={id}>
                {t(`standalone.example.${id}`)}
              </option>
            ))}
          </Select>
        </Field>
        <Button
          icon={<FolderOpenRegular />}
          disabled={busy}
          onClick={() => void open(`${example}.xlsx`, () => loadExample(example))}
        >
          {t("standalone.examples")}
        </Button>
        {services.exportWorkbook && (
          <Button icon={<ArrowDownloadRegular />} disabled={busy} onClick={() => void onDownload()}>
            {t("standalone.downloadWorkbook")}
          </Button>
        )}
      </div>
      {opening && (
        <div className={styles.progress} data-testid="open-progress">
          <Field
            label={t("standalone.opening", { name: opening })}
            validationState="none"
            validationMessage={stage ? t(`standalone.stage.${stage}`, { step: OPEN_STAGES.indexOf(stage) + 1, steps: OPEN_STAGES.length }) : undefined}
          >
            <ProgressBar
              value={stage ? (OPEN_STAGES.indexOf(stage) + 1) / (OPEN_STAGES.length + 1) : undefined}
              thickness="large"
              aria-label={t("standalone.opening", { name: opening })}
            />
          </Field>
          <Button icon={<DismissRegular />} onClick={() => abort.current?.abort()} data-testid="cancel-open">
            {t("common.cancel")}
          </Button>
        </div>
      )}
      {cancelled && <InfoBar>{t("standalone.cancelled")}</InfoBar>}
      {error && <ErrorBar message={error} />}
    </section>
  );
}
