/** Inlämning: stamp the report "Klar för inlämning" when it has no errors; show the stamp state. */
import { useCallback, useEffect, useState } from "react";
import { Badge, Button, Text } from "@fluentui/react-components";
import { ArrowDownloadRegular, CheckmarkStarburstRegular } from "@fluentui/react-icons";
import type { GivenMeta, PaneServices, StampOutcome, StampState } from "../services";
import { addPaneTexts, useLang, useT } from "../i18n";
import { submitMessages } from "../../core/i18n/pane/submit";
import { errorMessage, useTask } from "../useTask";
import { offerDownload } from "../download";
import { ErrorBar, SuccessBar, Working } from "../components/feedback";
import { useViewStyles } from "./styles";
import { localDateTime } from "../../core/dates";

// This view's texts come with its chunk (i18n/index.tsx).
addPaneTexts(submitMessages);

const STATE_COLOR: Record<StampState, "success" | "warning" | "informative"> = {
  validated: "success",
  changed: "warning",
  not_validated: "informative",
};

/**
 * The stamp's instant (ISO, UTC) in the user's own clock, Swedish style: "2024-08-31 16:05" —
 * the same local time the core's stamp message and change log use.
 */
export function shownTime(iso: string): string {
  const instant = new Date(iso);
  return Number.isNaN(instant.getTime()) ? iso : localDateTime(instant);
}

export interface SubmitViewProps {
  services: PaneServices;
  /** Inställningar's report details: they count where the sheet has none, as in Kontrollera. */
  meta?: GivenMeta;
}

export function SubmitView({ services, meta }: SubmitViewProps) {
  const t = useT();
  const lang = useLang();
  const styles = useViewStyles();
  const [state, setState] = useState<StampState | null>(null);
  const [stateError, setStateError] = useState<string | null>(null);
  const [stamp, runStamp] = useTask<StampOutcome>();
  const [downloadError, setDownloadError] = useState<string | null>(null);
  const hasWorkbook = services.workbookName !== null;
  // By value: a new object with the same details must not re-read the stamp.
  const metaKey = JSON.stringify(meta ?? {});

  const refreshState = useCallback(async () => {
    if (!hasWorkbook) return;
    try {
      setState(await services.readStampState(JSON.parse(metaKey) as GivenMeta));
      setStateError(null);
    } catch (error) {
      setStateError(errorMessage(error));
    }
  }, [services, hasWorkbook, metaKey]);

  useEffect(() => {
    void refreshState();
  }, [refreshState]);

  async function onStamp() {
    await runStamp(() => services.stamp(lang, JSON.parse(metaKey) as GivenMeta));
    await refreshState();
  }

  async function onDownload() {
    if (!services.exportWorkbook) return;
    setDownloadError(null);
    try {
      offerDownload(await services.exportWorkbook("klar"));
    } catch (error) {
      setDownloadError(errorMessage(error));
    }
  }

  if (!hasWorkbook) {
    return (
      <div className={styles.view}>
        <h2 className={styles.heading}>{t("submit.heading")}</h2>
        <Text>{t("common.noWorkbook")}</Text>
      </div>
    );
  }

  const working = stamp.phase === "working";
  const detail =
    stamp.phase === "done" && stamp.result.ok
      ? { time: shownTime(stamp.result.stamp.time), count: stamp.result.stamp.rowCount }
      : null;

  return (
    <div className={styles.view}>
      <h2 className={styles.heading}>{t("submit.heading")}</h2>
      <Text>{t("submit.intro")}</Text>

      <section className={styles.section} aria-labelledby="submit-state-heading">
        <h3 id="submit-state-heading" className={styles.subheading}>
          {t("submit.state")}
        </h3>
        {state === null && !stateError && <Working label={t("submit.state.loading")} />}
        {state !== null && (
          <div>
            <Badge size="large" appearance="tint" color={STATE_COLOR[state]} data-testid="stamp-state" data-state={state}>
              {t(`submit.state.${state}`)}
            </Badge>
          </div>
        )}
        {stateError && <ErrorBar message={stateError} />}
      </section>

      <div className={styles.actions}>
        <Button appearance="primary" icon={<CheckmarkStarburstRegular />} disabled={working} onClick={() => void onStamp()}>
          {t("submit.button")}
        </Button>
      </div>
      {working && <Working label={t("submit.working")} />}
      {stamp.phase === "failed" && <ErrorBar message={stamp.message} />}
      {stamp.phase === "done" && !stamp.result.ok && (
        <ErrorBar
          title={t("submit.refused", { count: stamp.result.errors })}
          message={t("submit.refusedHint")}
        />
      )}
      {stamp.phase === "done" && stamp.result.ok && (
        <SuccessBar>
          {t("submit.done")}
          {detail && ` ${t("submit.doneDetail", detail)}`}
        </SuccessBar>
      )}
      {services.exportWorkbook && stamp.phase === "done" && stamp.result.ok && (
        <div className={styles.actions}>
          <Button icon={<ArrowDownloadRegular />} onClick={() => void onDownload()}>
            {t("submit.download")}
          </Button>
        </div>
      )}
      {downloadError && <ErrorBar message={downloadError} />}
    </div>
  );
}
