/**
 * Sammanställ's source list: every source as a small card, name and reading state first, then
 * its details, then problems. A duplicate left out of the counts says so on its card.
 */
import { Badge, Text, makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import { DocumentTableRegular } from "@fluentui/react-icons";
import type { SourceSummary } from "../../../core/consolidate/model";
import { addPaneTexts, useT } from "../../i18n";
import { consolidateMessages } from "../../../core/i18n/pane/consolidate";
import { submitMessages } from "../../../core/i18n/pane/submit";

// This view's texts come with its chunk (i18n/index.tsx).
addPaneTexts(consolidateMessages, submitMessages);

const useStyles = makeStyles({
  // One card per source: a table of five columns does not fit Excel's narrow pane. Side by side
  // when the pane is wide enough for two; min() keeps one card from outgrowing a narrow pane.
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
  sourceLeftOut: { borderLeft: `${tokens.strokeWidthThickest} solid ${tokens.colorStatusWarningBorder2}` },
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

export function SourceList({ sources }: { sources: readonly SourceSummary[] }) {
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
            className={mergeClasses(own.source, !ok && own.sourceFailed, ok && !source.counted && own.sourceLeftOut)}
            data-testid="consolidate-source"
            data-status={source.status}
            data-counted={source.counted}
          >
            <div className={own.sourceHead}>
              <DocumentTableRegular aria-hidden className={own.sourceIcon} />
              <Text weight="semibold" className={own.sourceName} data-field="file">
                {source.file}
              </Text>
              <Badge appearance="tint" color={!ok ? "danger" : source.counted ? "success" : "warning"} data-field="status">
                {!ok ? t("consolidate.source.error") : source.counted ? t("consolidate.source.ok") : t("consolidate.source.leftOut")}
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
