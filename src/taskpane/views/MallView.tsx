/** Mall: insert the standard template; structure an existing sheet into a new template sheet. */
import { Suspense, useCallback, useEffect, useId, useState } from "react";
import { Button, Field, Select, Text } from "@fluentui/react-components";
import { ArrowDownloadRegular, TableAddRegular, TableSimpleRegular } from "@fluentui/react-icons";
import type { MappedField } from "../../core/profile/schema";
import type { MappingProposal } from "../../core/structure";
import type { PaneServices, StructureResult, TemplateSheetInfo } from "../services";
import { toReportMeta, type PaneSettings } from "../settings";
import { useLang, useT } from "../i18n";
import { useTask, errorMessage } from "../useTask";
import { offerDownload } from "../download";
import { ErrorBar, SuccessBar, Working } from "../components/feedback";
import { StructureReport } from "./lazy";
import { ColumnMapping } from "../components/ColumnMapping";
import { useViewStyles } from "./styles";

export interface MallViewProps {
  services: PaneServices;
  settings: PaneSettings;
}

export function MallView({ services, settings }: MallViewProps) {
  const t = useT();
  const lang = useLang();
  const styles = useViewStyles();
  const selectId = useId();
  const [sheets, setSheets] = useState<TemplateSheetInfo[] | null>(null);
  const [sheetsError, setSheetsError] = useState<string | null>(null);
  const [chosen, setChosen] = useState("");
  const [insert, runInsert] = useTask<{ sheet: string }>();
  const [structure, runStructure] = useTask<{ sheet: string | null; result: StructureResult; source: string }>();
  const [downloadError, setDownloadError] = useState<string | null>(null);
  /** The "Vilken kolumn är vad?" step: open for one sheet, with the structurer's guess. */
  const [mapping, setMapping] = useState<{ sheet: string; proposal: MappingProposal } | null>(null);
  const [mappingError, setMappingError] = useState<string | null>(null);
  const [mappingBusy, setMappingBusy] = useState(false);
  const hasWorkbook = services.workbookName !== null;

  const refreshSheets = useCallback(async () => {
    if (!hasWorkbook) return;
    try {
      const list = await services.listTemplateSheets();
      setSheets(list);
      setSheetsError(null);
      const sources = list.filter((sheet) => !sheet.isTemplate);
      setChosen((current) => (sources.some((s) => s.name === current) ? current : (sources[0]?.name ?? "")));
    } catch (error) {
      setSheetsError(errorMessage(error));
    }
  }, [services, hasWorkbook]);

  useEffect(() => {
    void refreshSheets();
  }, [refreshSheets]);

  const busy = insert.phase === "working" || structure.phase === "working" || mappingBusy;
  const sources = (sheets ?? []).filter((sheet) => !sheet.isTemplate);

  async function onInsert() {
    await runInsert(() => services.insertTemplate(toReportMeta(settings)));
    await refreshSheets();
  }

  async function openMapping(sheet: string) {
    if (!services.previewColumns) return;
    setMappingError(null);
    try {
      setMapping({ sheet, proposal: await services.previewColumns(sheet) });
    } catch (error) {
      setMappingError(errorMessage(error));
    }
  }

  async function structureSource(source: string) {
    setMapping(null);
    const outcome = await runStructure(async () => ({ ...(await services.structureSheet(source, lang)), source }));
    await refreshSheets();
    // A sheet the structurer cannot read: ask which column is what.
    if (outcome && !outcome.result.ok) await openMapping(source);
  }

  async function onStructure() {
    await structureSource(chosen);
  }

  async function onSaveMapping(sheet: string, headers: readonly string[], fields: readonly MappedField[]) {
    if (!services.saveColumnMapping) return;
    setMappingBusy(true);
    setMappingError(null);
    try {
      await services.saveColumnMapping(headers, fields);
    } catch (error) {
      setMappingError(errorMessage(error));
      return;
    } finally {
      setMappingBusy(false);
    }
    await structureSource(sheet);
  }

  async function onDownload() {
    if (!services.exportWorkbook) return;
    setDownloadError(null);
    try {
      offerDownload(await services.exportWorkbook("mall"));
    } catch (error) {
      setDownloadError(errorMessage(error));
    }
  }

  if (!hasWorkbook) {
    return (
      <div className={styles.view}>
        <h2 className={styles.heading}>{t("mall.heading")}</h2>
        <Text>{t("common.noWorkbook")}</Text>
      </div>
    );
  }

  const structured = structure.phase === "done" && structure.result.result.ok ? structure.result : null;
  const inserted = insert.phase === "done";

  return (
    <div className={styles.view}>
      <h2 className={styles.heading}>{t("mall.heading")}</h2>

      <section className={styles.section} aria-labelledby="mall-insert-heading">
        <h3 id="mall-insert-heading" className={styles.subheading}>
          {t("mall.insert.heading")}
        </h3>
        <Text>{t("mall.insert.intro")}</Text>
        <div className={styles.actions}>
          <Button appearance="primary" icon={<TableAddRegular />} disabled={busy} onClick={() => void onInsert()}>
            {t("mall.insert.button")}
          </Button>
        </div>
        {insert.phase === "working" && <Working label={t("common.working")} />}
        {insert.phase === "failed" && <ErrorBar message={insert.message} />}
        {insert.phase === "done" && <SuccessBar>{t("mall.insert.done", { sheet: insert.result.sheet })}</SuccessBar>}
      </section>

      <section className={styles.section} aria-labelledby="mall-structure-heading">
        <h3 id="mall-structure-heading" className={styles.subheading}>
          {t("mall.structure.heading")}
        </h3>
        <Text>{t("mall.structure.intro")}</Text>
        {sheetsError && <ErrorBar message={sheetsError} />}
        {sheets !== null && sources.length === 0 ? (
          <Text>{t("mall.structure.noSheets")}</Text>
        ) : (
          <Field label={t("mall.structure.sheet")}>
            <Select id={selectId} value={chosen} disabled={busy} onChange={(_, data) => setChosen(data.value)}>
              {sources.map((sheet) => (
                <option key={sheet.name} value={sheet.name}>
                  {sheet.name}
                </option>
              ))}
            </Select>
          </Field>
        )}
        <div className={styles.actions}>
          <Button
            appearance="primary"
            icon={<TableSimpleRegular />}
            disabled={busy || chosen === ""}
            onClick={() => void onStructure()}
          >
            {t("mall.structure.button")}
          </Button>
          {services.previewColumns && (
            <Button disabled={busy || chosen === ""} onClick={() => void openMapping(chosen)}>
              {t("mall.mapping.open")}
            </Button>
          )}
        </div>
        {structure.phase === "working" && <Working label={t("common.working")} />}
        {structure.phase === "failed" && <ErrorBar message={structure.message} />}
        {structured && structured.sheet && (
          <SuccessBar>{t("mall.structure.done", { source: structured.source, sheet: structured.sheet })}</SuccessBar>
        )}
        {structure.phase === "done" && (
          <Suspense fallback={<Working label={t("common.working")} />}>
            <StructureReport result={structure.result.result} />
          </Suspense>
        )}
        {mappingError && <ErrorBar message={mappingError} />}
        {mapping && (
          <ColumnMapping
            key={mapping.sheet}
            sheet={mapping.sheet}
            proposal={mapping.proposal}
            busy={busy}
            onSave={(headers, fields) => void onSaveMapping(mapping.sheet, headers, fields)}
            onCancel={() => setMapping(null)}
          />
        )}
      </section>

      {services.exportWorkbook && (structured || inserted) && (
        <div className={styles.actions}>
          <Button icon={<ArrowDownloadRegular />} onClick={() => void onDownload()}>
            {t("mall.download")}
          </Button>
          {downloadError && <ErrorBar message={downloadError} />}
        </div>
      )}
    </div>
  );
}
