/**
 * Kontrollera: run the validation, show the findings grouped by severity and rule, go to a
 * finding's cell, fix one or all after a preview, undo the last fixes, and (in Excel) re-check
 * automatically when the template table changes.
 */
import { useCallback, useEffect, useRef, useState } from "react";
import { Button, Switch, Text } from "@fluentui/react-components";
import {
  ArrowDownloadRegular,
  ArrowUndoRegular,
  CheckmarkCircleRegular,
  WrenchRegular,
} from "@fluentui/react-icons";
import type {
  ApplyOutcome,
  Finding,
  PaneServices,
  RevertOutcome,
  ValidationReport,
} from "../services";
import { givenMeta, isValidCutoff, type PaneSettings } from "../settings";
import { addPaneTexts, useT } from "../i18n";
import { checkMessages } from "../../core/i18n/pane/check";
import { activityTexts, describeSkipped, spansSheets, summaryText } from "./check-text";
import { errorMessage, useTask } from "../useTask";
import { offerDownload } from "../download";
import { ErrorBar, InfoBar, SuccessBar, Working } from "../components/feedback";
import { FindingGroups } from "../components/FindingGroups";
import { FixPreviewDialog } from "../components/FixPreviewDialog";
import { useViewStyles } from "./styles";
import {
  allFindings,
  failedTasks,
  reportTasks,
} from "../../core/validate/validation-report";

// This view's texts come with its chunk (i18n/index.tsx).
addPaneTexts(checkMessages);

export interface CheckViewProps {
  services: PaneServices;
  settings: PaneSettings;
  /** Run the check once when the view first mounts (the ribbon's "Kontrollera" button). */
  autoRun?: boolean;
  /** Each increase runs the check once (a ribbon request while the pane is open). */
  runToken?: number;
}

type Change =
  { kind: "applied"; outcome: ApplyOutcome } | { kind: "reverted"; outcome: RevertOutcome };

/**
 * One message slot for the view's side actions (go to a cell, download, live check): a new one
 * replaces the last instead of stacking under it.
 */
type Notice =
  { kind: "error"; message: string } | { kind: "standaloneGoto"; cell: string; sheet: string };

export function CheckView({ services, settings, autoRun = false, runToken }: CheckViewProps) {
  const t = useT();
  const styles = useViewStyles();
  const [check, runCheck] = useTask<ValidationReport>();
  const [change, runChange] = useTask<Change>();
  const [preview, setPreview] = useState<Finding[] | null>(null);
  const [live, setLive] = useState(false);
  const [notice, setNotice] = useState<Notice | null>(null);
  const showError = (error: unknown) => setNotice({ kind: "error", message: errorMessage(error) });
  // Focus follows the work: to the result when a check or a fix the user started is done.
  const resultHeading = useRef<HTMLHeadingElement>(null);
  const focusResult = useRef(false);
  const unsubscribe = useRef<(() => Promise<void>) | null>(null);
  const hasWorkbook = services.workbookName !== null;
  const { cutoff, lang } = settings;

  // By value, so that a new settings object with the same details is the same check.
  const metaKey = JSON.stringify(givenMeta(settings));
  const validate = useCallback(
    // A cut-off still being typed (or not a date) is no cut-off: the check derives its own.
    () => {
      setNotice(null);
      const meta = JSON.parse(metaKey) as ReturnType<typeof givenMeta>;
      return runCheck(() =>
        services.check({ cutoff: cutoff && isValidCutoff(cutoff) ? cutoff : null, lang, meta }),
      );
    },
    [runCheck, services, cutoff, lang, metaKey],
  );

  useEffect(() => {
    if (check.phase !== "done" || !focusResult.current) return;
    focusResult.current = false;
    resultHeading.current?.focus();
  }, [check]);

  function validateByUser() {
    focusResult.current = true;
    return validate();
  }

  // The ribbon's Kontrollera opens the pane with ?view=kontrollera (autoRun) or, when the pane
  // is already open, raises runToken: check at once, once per request.
  const token = runToken ?? (autoRun ? 1 : 0);
  const ranToken = useRef(0);
  useEffect(() => {
    if (token > ranToken.current && hasWorkbook) {
      ranToken.current = token;
      void validate();
    }
  }, [token, hasWorkbook, validate]);

  // Keep the latest validate for the live watcher without re-subscribing on every render.
  const latestValidate = useRef(validate);
  latestValidate.current = validate;
  useEffect(
    () => () => {
      void unsubscribe.current?.().catch(() => undefined);
      unsubscribe.current = null;
    },
    [],
  );

  async function toggleLive(on: boolean) {
    setNotice(null);
    if (!services.watchTemplate) return;
    if (on) {
      try {
        unsubscribe.current = await services.watchTemplate(() => void latestValidate.current());
        setLive(true);
      } catch (error) {
        setLive(false);
        showError(error);
      }
    } else {
      const stop = unsubscribe.current;
      unsubscribe.current = null;
      setLive(false);
      try {
        await stop?.();
      } catch (error) {
        showError(error);
      }
    }
  }

  async function applyFixes(findings: Finding[]) {
    setPreview(null);
    setNotice(null);
    const done = await runChange(async () => ({
      kind: "applied",
      outcome: await services.applyFixes(findings, lang),
    }));
    if (done) await validateByUser();
  }

  async function undo() {
    setNotice(null);
    const done = await runChange(async () => ({
      kind: "reverted",
      outcome: await services.revertLastFixes(lang),
    }));
    if (done) await validateByUser();
  }

  async function clearMarks() {
    setNotice(null);
    try {
      await services.clearMarks?.();
    } catch (error) {
      showError(error);
    }
  }

  async function select(finding: Finding) {
    // A browser tab has no cells to show: say how to fix it instead of doing nothing.
    if (services.mode === "standalone") {
      setNotice({ kind: "standaloneGoto", cell: finding.cell, sheet: finding.sheet });
      return;
    }
    setNotice(null);
    try {
      await services.select(finding.sheet, finding.cell);
    } catch (error) {
      showError(error);
    }
  }

  async function download(suffix: string) {
    if (!services.exportWorkbook) return;
    setNotice(null);
    try {
      offerDownload(await services.exportWorkbook(suffix));
    } catch (error) {
      showError(error);
    }
  }

  if (!hasWorkbook) {
    return (
      <div className={styles.view}>
        <h2 className={styles.heading}>{t("check.heading")}</h2>
        <Text>{t("common.noWorkbook")}</Text>
      </div>
    );
  }

  const busy = check.phase === "working" || change.phase === "working";
  const findings = check.phase === "done" ? allFindings(check.result) : [];
  const fixable = findings.filter((finding) => finding.fix);
  const texts = check.phase === "done" ? activityTexts(check.result) : new Map<string, string>();
  const sheets =
    check.phase === "done"
      ? [...new Set(reportTasks(check.result).map((task) => task.sheet))]
      : [];
  const fixesApplied =
    change.phase === "done" &&
    change.result.kind === "applied" &&
    change.result.outcome.applied > 0;

  return (
    <div className={styles.view}>
      <h2 className={styles.heading}>{t("check.heading")}</h2>
      <Text>{t("check.intro")}</Text>

      <div className={styles.actions}>
        <Button
          appearance="primary"
          icon={<CheckmarkCircleRegular />}
          disabled={busy}
          onClick={() => void validateByUser()}
        >
          {check.phase === "done" || check.phase === "failed" ? t("check.rerun") : t("check.run")}
        </Button>
        <Button
          icon={<WrenchRegular />}
          disabled={busy || fixable.length === 0}
          onClick={() => setPreview(fixable)}
        >
          {t("check.fixAll", { count: fixable.length })}
        </Button>
        <Button icon={<ArrowUndoRegular />} disabled={busy} onClick={() => void undo()}>
          {t("check.undo")}
        </Button>
        {services.clearMarks && (
          <Button disabled={busy} onClick={() => void clearMarks()}>
            {t("check.clearMarks")}
          </Button>
        )}
      </div>

      {services.watchTemplate && (
        <Switch
          checked={live}
          label={t("check.live")}
          onChange={(_, data) => void toggleLive(data.checked)}
        />
      )}

      {change.phase === "failed" && <ErrorBar message={change.message} />}
      {change.phase === "done" && change.result.kind === "applied" && (
        <SuccessBar>
          {t("check.applied", { count: change.result.outcome.applied })}
          {describeSkipped(t, change.result.outcome.skipped) &&
            ` ${describeSkipped(t, change.result.outcome.skipped)}`}
        </SuccessBar>
      )}
      {change.phase === "done" && change.result.kind === "reverted" && (
        <SuccessBar>
          {change.result.outcome.message ??
            t("check.undone", { count: change.result.outcome.reverted })}
          {describeSkipped(t, change.result.outcome.skipped) &&
            ` ${describeSkipped(t, change.result.outcome.skipped)}`}
        </SuccessBar>
      )}
      {services.exportWorkbook && (fixesApplied || findings.length > 0) && (
        <div className={styles.actions}>
          <Button icon={<ArrowDownloadRegular />} onClick={() => void download(fixesApplied ? "rattad" : "markerad")}>
            {fixesApplied ? t("check.download") : t("check.downloadMarked")}
          </Button>
        </div>
      )}
      {notice?.kind === "error" && <ErrorBar message={notice.message} />}
      {notice?.kind === "standaloneGoto" && (
        <InfoBar
          title={t("check.standaloneGoto.title", { cell: notice.cell })}
          testId="standalone-goto"
        >
          {t("check.standaloneGoto", { cell: notice.cell, sheet: notice.sheet })}
          {services.exportWorkbook && (
            <div className={styles.actions}>
              <Button
                size="small"
                icon={<ArrowDownloadRegular />}
                onClick={() => void download("uppfoljning")}
              >
                {t("check.standaloneGoto.download")}
              </Button>
            </div>
          )}
        </InfoBar>
      )}

      {check.phase === "idle" && <Text className={styles.muted}>{t("check.empty")}</Text>}
      {check.phase === "working" && <Working label={t("check.working")} />}
      {check.phase === "failed" && <ErrorBar message={check.message} />}
      {check.phase === "done" && (
        <section
          aria-labelledby="check-result-heading"
          className={styles.section}
          data-testid="check-result"
        >
          <h3
            id="check-result-heading"
            className={styles.subheading}
            data-testid="check-summary"
            tabIndex={-1}
            ref={resultHeading}
          >
            {summaryText(t, check.result.stats)}
          </h3>
          {sheets.length === 1 && (
            <Text className={styles.muted} data-testid="check-sheet">
              {t("check.sheet", { sheet: sheets[0]! })}
            </Text>
          )}
          {failedTasks(check.result).map((failure) => (
            <InfoBar key={failure.sheet} intent="warning">
              {t("check.failure", { sheet: failure.sheet, message: failure.message })}
            </InfoBar>
          ))}
          {findings.length === 0 ? (
            <SuccessBar>{t("check.noFindings")}</SuccessBar>
          ) : (
            <FindingGroups
              findings={findings}
              counts={check.result.stats}
              showSheet={spansSheets(check.result)}
              activityText={(finding) =>
                finding.row === null ? undefined : texts.get(`${finding.sheet}!${finding.row}`)
              }
              busy={busy}
              onSelect={(finding) => void select(finding)}
              onFix={(finding) => setPreview([finding])}
            />
          )}
        </section>
      )}

      <FixPreviewDialog
        findings={preview}
        onCancel={() => setPreview(null)}
        onConfirm={(list) => void applyFixes(list)}
      />
    </div>
  );
}
