/**
 * Sammanställ: pick template sheets of this workbook and/or .xlsx files, read them all (with
 * progress), show the totals and every source's state, then write the five summary sheets
 * (inside Excel) or download them as a workbook (standalone).
 */
import { useEffect, useRef, useState, type ChangeEvent } from "react";
import {
  Badge,
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
  mergeClasses,
  tokens,
} from "@fluentui/react-components";
import { ArrowDownloadRegular, DeleteRegular, DocumentTableRegular, TableStackBelowRegular } from "@fluentui/react-icons";
import type { PaneServices, PickedFile, Summary, TemplateSheetInfo } from "../services";
import type { SourceSummary } from "../../core/consolidate/model";
import { STATUS_CATEGORY_ORDER } from "../categories";
import { useT } from "../i18n";
import { errorMessage, useTask } from "../useTask";
import { offerDownload } from "../download";
import { ErrorBar, InfoBar, SuccessBar, Working } from "../components/feedback";
import { FileInput } from "../components/FileInput";
import { XLSX_ACCEPT } from "../download";
import { pickedFromFile } from "../files";
import { useViewStyles } from "./styles";

const useStyles = makeStyles({
  fileRow: { display: "flex", alignItems: "center", columnGap: tokens.spacingHorizontalS },
  fileName: { flexGrow: 1, overflowWrap: "anywhere" },
  // One card per source: a table of five columns does not fit Excel's narrow pane. Side by side
  // when the pane is wide enough for two; min() keeps one card from outgrowing a narrow pane.
  // Two short columns: kept together rather than spread over a wide pane.
  byCategory: { maxWidth: "24rem" },
  sources: {
    listStyleType: "none",
    margin: 0,
    padding: 0,
    display: "grid",
    gridTemplateColumns: "repeat(auto-fill, minmax(min(100%, 18rem), 1fr))",
    gap: tokens.spacingVerticalS,
  },
  source: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalXS,
    minWidth: 0,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground1,
  },
  sourceFailed: { borderLeft: `${tokens.strokeWidthThickest} solid ${tokens.colorStatusDangerBorder2}` },
  sourceHead: { display: "flex", alignItems: "start", columnGap: tokens.spacingHorizontalS },
  sourceIcon: { flexShrink: 0, marginTop: "2px", fontSize: tokens.fontSizeBase400 },
  sourceName: { flexGrow: 1, minWidth: 0, overflowWrap: "anywhere" },
  facts: {
    display: "grid",
    gridTemplateColumns: "auto minmax(0, 1fr)",
    columnGap: tokens.spacingHorizontalM,
    rowGap: tokens.spacingVerticalXXS,
    margin: 0,
  },
  term: { margin: 0, color: tokens.colorNeutralForeground3 },
  value: { margin: 0, overflowWrap: "anywhere" },
  problem: { color: tokens.colorStatusDangerForeground1, overflowWrap: "anywhere" },
  remark: { color: tokens.colorNeutralForeground2, overflowWrap: "anywhere" },
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
  const [write, runWrite] = useTask<"written" | "downloaded">();

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

  async function onRun() {
    setProgress({ done: 0, total: chosenSheets.size > 0 ? files.length + 1 : files.length });
    await runConsolidate(() =>
      services.consolidate({ sheets: [...chosenSheets], files }, (done, total) => setProgress({ done, total })),
    );
    setProgress(null);
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

  const working = run.phase === "working" || write.phase === "working";
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
        />
      )}
      {write.phase === "working" && <Working label={t("common.working")} />}
      {write.phase === "failed" && <ErrorBar message={write.message} />}
      {write.phase === "done" && write.result === "written" && <SuccessBar>{t("consolidate.written")}</SuccessBar>}
    </div>
  );
}

function SummaryResult({
  summary,
  working,
  download,
  onWrite,
}: {
  summary: Summary;
  working: boolean;
  download: boolean;
  onWrite: () => void;
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
      <Text weight="semibold" data-testid="consolidate-totals">
        {t("consolidate.totals", { activities: summary.totals.activities, organisations: summary.organisations.length })}
      </Text>
      {conservation.ok ? (
        <SuccessBar>{t("consolidate.conservationOk", { count: conservation.tableRows })}</SuccessBar>
      ) : (
        <ErrorBar message={t("consolidate.conservationBad", { rows: conservation.tableRows, sources: conservation.sourceTotal })} />
      )}
      {summary.warnings.map((warning) => (
        <InfoBar key={warning} intent="warning">
          {warning}
        </InfoBar>
      ))}

      <h4 className={styles.subheading}>{t("consolidate.byCategory")}</h4>
      <Table size="extra-small" aria-label={t("consolidate.byCategory")} className={own.byCategory}>
        <TableBody>
          {STATUS_CATEGORY_ORDER.filter((category) => summary.totals.byCategory[category] > 0).map((category) => (
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
      </div>
    </section>
  );
}

/** Every source as a small card: name and reading state first, then its details, then problems. */
function SourceList({ sources }: { sources: readonly SourceSummary[] }) {
  const t = useT();
  const own = useStyles();
  return (
    <ul className={own.sources} aria-label={t("consolidate.sources")} data-testid="consolidate-sources">
      {sources.map((source, index) => {
        const ok = source.status === "ok";
        const fact = (field: string, label: string, value: string | number) => (
          <>
            <dt className={own.term}>{label}</dt>
            <dd className={own.value} data-field={field}>
              {value}
            </dd>
          </>
        );
        return (
          <li
            key={`${source.file}-${source.sheet ?? ""}-${index}`}
            className={mergeClasses(own.source, !ok && own.sourceFailed)}
            data-testid="consolidate-source"
            data-status={source.status}
          >
            <div className={own.sourceHead}>
              <DocumentTableRegular aria-hidden className={own.sourceIcon} />
              <Text weight="semibold" className={own.sourceName} data-field="file">
                {source.file}
              </Text>
              <Badge appearance="tint" color={ok ? "success" : "danger"} data-field="status">
                {ok ? t("consolidate.source.ok") : t("consolidate.source.error")}
              </Badge>
            </div>
            <dl className={own.facts}>
              {source.sheet && fact("sheet", t("consolidate.source.sheet"), source.sheet)}
              {fact("organisation", t("consolidate.source.organisation"), source.organisation ?? "–")}
              {fact("activities", t("consolidate.source.activities"), source.activities)}
              {fact("stamp", t("consolidate.source.stamp"), t(`submit.state.${source.stamp}`))}
            </dl>
            {!ok && source.error && (
              <Text className={own.problem} data-field="error">
                {source.error}
              </Text>
            )}
            {source.remarks.map((remark) => (
              <Text key={remark} size={200} className={own.remark}>
                {remark}
              </Text>
            ))}
          </li>
        );
      })}
    </ul>
  );
}
