/**
 * Inlämning at the top of Sammanställ's result: who has submitted and in what state, who is
 * missing, who was not expected, which files could not be read. The core computes it
 * (core/consolidate/submission.ts); this shows it, worst states in warning colours.
 */
import { Badge, Text, makeStyles, tokens } from "@fluentui/react-components";
import type { SubmissionOverview } from "../../../core/consolidate/model";
import type { SubmissionState } from "../../../core/consolidate/submission";
import { addPaneTexts, useT } from "../../i18n";
import { consolidateMessages } from "../../../core/i18n/pane/consolidate";
import { useViewStyles } from "../styles";

// This view's texts come with its chunk (i18n/index.tsx).
addPaneTexts(consolidateMessages);

const useStyles = makeStyles({
  // Name and state stay together in a wide pane, as the status table above does.
  list: { listStyleType: "none", margin: 0, padding: 0, display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalXS, maxWidth: "36rem" },
  row: { display: "flex", flexWrap: "wrap", alignItems: "center", columnGap: tokens.spacingHorizontalS },
  name: { flexGrow: 1, minWidth: 0, overflowWrap: "anywhere" },
});

const BADGE_COLOUR: Record<SubmissionState, "success" | "warning" | "danger"> = {
  stamped: "success",
  changed_after_stamp: "warning",
  unstamped: "warning",
  errors: "danger",
  missing: "danger",
};

export function SubmissionPanel({ overview }: { overview: SubmissionOverview }) {
  const t = useT();
  const styles = useViewStyles();
  const own = useStyles();
  const judged = overview.rows.filter((row) => row.expected || !overview.hasExpectedList);
  const unexpected = overview.rows.filter((row) => !row.expected && overview.hasExpectedList);
  const stateText = (row: (typeof overview.rows)[number]) =>
    row.state === "errors"
      ? t("consolidate.submission.errors", { count: row.errors })
      : t(`consolidate.submission.state.${row.state}`);
  const rowList = (rows: typeof overview.rows, label: string) => (
    <ul className={own.list} aria-label={label}>
      {rows.map((row, index) => (
        <li key={`${index}-${row.organisation}`} className={own.row} data-testid="submission-row" data-state={row.state}>
          <Text className={own.name}>{row.organisation}</Text>
          <Badge appearance="tint" color={BADGE_COLOUR[row.state]}>
            {stateText(row)}
          </Badge>
        </li>
      ))}
    </ul>
  );
  return (
    <section className={styles.section} aria-labelledby="submission-heading" data-testid="submission-overview">
      <h4 id="submission-heading" className={styles.subheading}>
        {t("consolidate.submission.heading")}
      </h4>
      <Text weight="semibold">
        {t(overview.hasExpectedList ? "consolidate.submission.headline" : "consolidate.submission.headlineReceived", {
          stamped: overview.counts.stamped,
          total: judged.length,
        })}
        {overview.counts.missing > 0 && ` ${t("consolidate.submission.missing", { count: overview.counts.missing })}`}
      </Text>
      {!overview.hasExpectedList && <Text className={styles.muted}>{t("consolidate.submission.noList")}</Text>}
      {rowList(judged, t("consolidate.submission.heading"))}
      {unexpected.length > 0 && (
        <>
          <Text weight="semibold">{t("consolidate.submission.unexpected")}</Text>
          {rowList(unexpected, t("consolidate.submission.unexpected"))}
        </>
      )}
      {overview.unreadable.length > 0 && (
        <Text>{t("consolidate.submission.unreadable", { count: overview.unreadable.length })}</Text>
      )}
    </section>
  );
}
