/**
 * Sammanställ: pick template sheets of this workbook and/or .xlsx files, read them all (with
 * progress), show the totals and every source's state, then write the five summary sheets
 * (inside Excel) or download them as a workbook (standalone).
 */
import { useEffect, useRef, useState, type ChangeEvent } from "react";
import {
  Button,
  Checkbox,
  Field,
  ProgressBar,
  Table,
  TableBody,
  TableCell,
  TableRow,
  Text,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { ArrowDownloadRegular, DeleteRegular, DocumentRegular, DocumentTableRegular, TableStackBelowRegular } from "@fluentui/react-icons";
import type { PaneServices, PickedFile, Summary, TemplateSheetInfo } from "../services";
import { STATUS_CATEGORIES } from "../../core/model-lists";
import { addPaneTexts, useT } from "../i18n";
import { consolidateMessages } from "../../core/i18n/pane/consolidate";
import { errorMessage, useTask } from "../useTask";
import { offerDownload } from "../download";
import { ErrorBar, InfoBar, SuccessBar, Working } from "../components/feedback";
import { FileInput } from "../components/FileInput";
import { XLSX_ACCEPT } from "../download";
import { pickedFromFile } from "../files";
import { useViewStyles } from "./styles";
import { SourceList } from "./consolidate/SourceList";
import { DuplicateWarning } from "./consolidate/DuplicateWarning";
import { duplicateWarning } from "../../core/consolidate/duplicate-remarks";
import { SubmissionPanel } from "./consolidate/SubmissionPanel";

// This view's texts come with its chunk (i18n/index.tsx).
addPaneTexts(consolidateMessages);

const useStyles = makeStyles({
  fileRow: { display: "flex", alignItems: "center", columnGap: tokens.spacingHorizontalS },
  fileName: { flexGrow: 1, overflowWrap: "anywhere" },
  // Two short columns: kept together rather than spread over a wide pane.
  byCategory: { maxWidth: "24rem" },
});

export interface ConsolidateViewProps {
  services: PaneServices;
  /**
   * Whether the view is on screen. Each time it comes back the template sheets are listed again:
   * one may have been made under Mall meanwhile.
   */
  active?: boolean;
}

export function ConsolidateView({ services, active = true }: ConsolidateViewProps) {
  const t = useT();
  const styles = useViewStyles();
  const own = useStyles();
  const hasWorkbook = services.workbookName !== null;
  const [templates, setTemplates] = useState<TemplateSheetInfo[]>([]);
  const [templatesError, setTemplatesError] = useState<string | null>(null);
  const [chosenSheets, setChosenSheets] = useState<Set<string>>(new Set());
  const [files, setFiles] = useState<PickedFile[]>([]);
  const [progress, setProgress] = useState<{ done: number; total: number } | null>(null);
  const [run, runConsolidate] = useTask<Summary>();
  // Duplicates the user asked to count anyway (source keys); empty for every new choice of sources.
  const [countAnyway, setCountAnyway] = useState<string[]>([]);
  const [write, runWrite] = useTask<"written" | "downloaded">();
  const [chapter, runChapter] = useTask<"downloaded">();

  // Sheets listed before: a new template sheet starts chosen, the user's choice for known ones stays.
  const listedSheets = useRef(new Set<string>());
  useEffect(() => {
    if (!hasWorkbook || !active) return;
    let cancelled = false;
    services
      .listTemplateSheets()
      .then((list) => {
        if (cancelled) return;
        const onlyTemplates = list.filter((sheet) => sheet.isTemplate);
        const known = listedSheets.current;
        listedSheets.current = new Set(onlyTemplates.map((sheet) => sheet.name));
        setTemplates(onlyTemplates);
        setTemplatesError(null);
        setChosenSheets(
          (current) =>
            new Set(
              onlyTemplates
                .map((sheet) => sheet.name)
                .filter((name) => current.has(name) || !known.has(name)),
            ),
        );
      })
      .catch((error: unknown) => {
        if (!cancelled) setTemplatesError(errorMessage(error));
      });
    return () => {
      cancelled = true;
    };
  }, [services, hasWorkbook, active]);

  function toggleSheet(name: string, on: boolean) {
    setChosenSheets((current) => {
      const next = new Set(current);
      if (on) next.add(name);
      else next.delete(name);
      return next;
    });
  }

  function onFilesChosen(event: ChangeEvent<HTMLInputElement>) {
    const picked = Array.from(event.target.files ?? []).map(pickedFromFile);
    setFiles((current) => [...current, ...picked.filter((file) => !current.some((c) => c.name === file.name))]);
    event.target.value = "";
  }

  async function onRun(countDuplicates: string[] = []) {
    setCountAnyway(countDuplicates);
    setProgress({ done: 0, total: chosenSheets.size > 0 ? files.length + 1 : files.length });
    await runConsolidate(() =>
      services.consolidate(
        { sheets: [...chosenSheets], files, ...(countDuplicates.length > 0 ? { countDuplicates } : {}) },
        (done, total) => setProgress({ done, total })),
    );
    setProgress(null);
  }

  function onCountAnyway(key: string, count: boolean) {
    void onRun(count ? [...countAnyway, key] : countAnyway.filter((k) => k !== key));
  }

  async function onWrite(summary: Summary) {
    await runWrite(async () => {
      if (services.exportSummary) {
        offerDownload(await services.exportSummary(summary));
        return "downloaded";
      }
      await services.writeSummary(summary);
      return "written";
    });
  }

  async function onChapter(summary: Summary) {
    const exportChapter = services.exportChapter;
    if (!exportChapter) return;
    await runChapter(async () => {
      offerDownload(await exportChapter(summary));
      return "downloaded";
    });
  }

  const working = run.phase === "working" || write.phase === "working" || chapter.phase === "working";
  const nothingChosen = chosenSheets.size === 0 && files.length === 0;

  return (
    <div className={styles.view}>
      <h2 className={styles.heading}>{t("consolidate.heading")}</h2>
      <Text>{t("consolidate.intro")}</Text>

      {hasWorkbook && (
        <section className={styles.section} aria-labelledby="consolidate-sheets-heading">
          <h3 id="consolidate-sheets-heading" className={styles.subheading}>
            {t("consolidate.sheets")}
          </h3>
          {templatesError && <ErrorBar message={templatesError} />}
          {templates.length === 0 && !templatesError ? (
            <Text className={styles.muted}>{t("consolidate.noSheets")}</Text>
          ) : (
            <div role="group" aria-labelledby="consolidate-sheets-heading">
              {templates.map((sheet) => (
                <Checkbox
                  key={sheet.name}
                  label={sheet.name}
                  checked={chosenSheets.has(sheet.name)}
                  disabled={working}
                  onChange={(_, data) => toggleSheet(sheet.name, data.checked === true)}
                />
              ))}
            </div>
          )}
        </section>
      )}

      <section className={styles.section} aria-labelledby="consolidate-files-heading">
        <h3 id="consolidate-files-heading" className={styles.subheading}>
          {t("consolidate.filesChosen")}
        </h3>
        <FileInput
          label={t("consolidate.files")}
          accept={XLSX_ACCEPT}
          multiple
          disabled={working}
          onChange={onFilesChosen}
          testId="consolidate-files"
        />
        {files.length > 0 && (
          <ul className={styles.list} aria-label={t("consolidate.filesChosen")}>
            {files.map((file) => (
              <li key={file.name} className={own.fileRow}>
                <DocumentTableRegular aria-hidden />
                <Text className={own.fileName}>{file.name}</Text>
                <Button
                  size="small"
                  appearance="subtle"
                  icon={<DeleteRegular />}
                  disabled={working}
                  aria-label={t("consolidate.removeFile", { name: file.name })}
                  onClick={() => setFiles((current) => current.filter((c) => c !== file))}
                />
              </li>
            ))}
          </ul>
        )}
      </section>

      <div className={styles.actions}>
        <Button
          appearance="primary"
          icon={<TableStackBelowRegular />}
          disabled={working || nothingChosen}
          onClick={() => void onRun()}
        >
          {t("consolidate.run")}
        </Button>
      </div>
      {nothingChosen && run.phase === "idle" && <Text className={styles.muted}>{t("consolidate.nothingChosen")}</Text>}

      {run.phase === "working" && progress && (
        <Field
          label={t("consolidate.progress", { done: progress.done, total: progress.total })}
          validationState="none"
        >
          <ProgressBar value={progress.total > 0 ? progress.done / progress.total : undefined} data-testid="consolidate-progress" />
        </Field>
      )}
      {run.phase === "failed" && <ErrorBar message={run.message} />}
      {run.phase === "done" && (
        <SummaryResult
          summary={run.result}
          working={working}
          download={Boolean(services.exportSummary)}
          onWrite={() => void onWrite(run.result)}
          onCountAnyway={onCountAnyway}
          onChapter={services.exportChapter ? () => void onChapter(run.result) : undefined}
        />
      )}
      {write.phase === "working" && <Working label={t("common.working")} />}
      {write.phase === "failed" && <ErrorBar message={write.message} />}
      {chapter.phase === "working" && <Working label={t("consolidate.chapter.working")} />}
      {chapter.phase === "failed" && <ErrorBar message={chapter.message} />}
      {write.phase === "done" && write.result === "written" && <SuccessBar>{t("consolidate.written")}</SuccessBar>}
    </div>
  );
}

function SummaryResult({
  summary,
  working,
  download,
  onWrite,
  onCountAnyway,
  onChapter,
}: {
  summary: Summary;
  working: boolean;
  download: boolean;
  onWrite: () => void;
  onCountAnyway: (key: string, count: boolean) => void;
  /** Downloads the Word chapter; absent when the services cannot make one. */
  onChapter?: () => void;
}) {
  const t = useT();
  const styles = useViewStyles();
  const own = useStyles();
  const { conservation } = summary;
  return (
    <section className={styles.section} aria-labelledby="consolidate-result-heading" data-testid="consolidate-result">
      <h3 id="consolidate-result-heading" className={styles.subheading}>
        {t("consolidate.result")}
      </h3>
      <DuplicateWarning sources={summary.sources} disabled={working} onCountAnyway={onCountAnyway} />
      <SubmissionPanel overview={summary.submission} />
      <Text weight="semibold" data-testid="consolidate-totals">
        {t("consolidate.totals", { activities: summary.totals.activities, organisations: summary.organisations.length })}
      </Text>
      {conservation.ok ? (
        <SuccessBar>{t("consolidate.conservationOk", { count: conservation.tableRows })}</SuccessBar>
      ) : (
        <ErrorBar message={t("consolidate.conservationBad", { rows: conservation.tableRows, sources: conservation.sourceTotal })} />
      )}
      {warningsBesideDuplicates(summary).map((warning) => (
        <InfoBar key={warning} intent="warning">
          {warning}
        </InfoBar>
      ))}

      <h4 className={styles.subheading}>{t("consolidate.byCategory")}</h4>
      <Table size="extra-small" aria-label={t("consolidate.byCategory")} className={own.byCategory}>
        <TableBody>
          {STATUS_CATEGORIES.filter((category) => summary.totals.byCategory[category] > 0).map((category) => (
            <TableRow key={category}>
              <TableCell>{t(`category.${category}`)}</TableCell>
              <TableCell>{summary.totals.byCategory[category]}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>

      <h4 className={styles.subheading}>{t("consolidate.sources")}</h4>
      <SourceList sources={summary.sources} />

      <div className={styles.actions}>
        <Button appearance="primary" icon={<ArrowDownloadRegular />} disabled={working} onClick={onWrite}>
          {download ? t("consolidate.writeDownload") : t("consolidate.write")}
        </Button>
        {onChapter && (
          <Button icon={<DocumentRegular />} disabled={working} onClick={onChapter}>
            {t("consolidate.chapter")}
          </Button>
        )}
      </div>
    </section>
  );
}

/** The run's warnings without the duplicate lines: DuplicateWarning already shows those, with the choice. */
function warningsBesideDuplicates(summary: Summary): string[] {
  const shown = new Set(
    summary.sources.flatMap((s) =>
      s.status === "ok" && !s.counted && s.duplicateOf ? [duplicateWarning({ file: s.file, sheet: s.sheet, kept: s.duplicateOf })] : [],
    ),
  );
  return summary.warnings.filter((warning) => !shown.has(warning));
}
