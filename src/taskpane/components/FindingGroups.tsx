/**
 * Findings grouped by severity, then by rule, with counts; each finding links to its cell and
 * shows its activity. A report can have hundreds of findings, so the list is built to be passed:
 * rule groups fold (large ones start folded), a skip link jumps past the whole list, and inside a
 * rule group the arrow keys move between findings (one Tab stop per group, tabster's mover).
 */
import { useRef } from "react";
import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  Badge,
  Button,
  Text,
  makeStyles,
  mergeClasses,
  tokens,
  useArrowNavigationGroup,
} from "@fluentui/react-components";
import { WrenchRegular } from "@fluentui/react-icons";
import type { Finding } from "../services";
import type { FindingCounts } from "../../core/validate/validation-report";
import { addPaneTexts, hasUiKey, useT, type Translate } from "../i18n";
import { checkMessages } from "../../core/i18n/pane/check";
import { WIDE_PANE_MEDIA } from "../views/styles";
import { cellOnSheet } from "../cells";

// This view's texts come with its chunk (i18n/index.tsx).
addPaneTexts(checkMessages);

export const SEVERITY_ORDER = ["error", "warning", "info"] as const;
type Severity = (typeof SEVERITY_ORDER)[number];

const BADGE_COLOR: Record<Severity, "danger" | "warning" | "informative"> = {
  error: "danger",
  warning: "warning",
  info: "informative",
};

export interface RuleGroup {
  rule: string;
  findings: Finding[];
}

export interface SeverityGroup {
  severity: Severity;
  rules: RuleGroup[];
}

/** Severity order error → warning → info; within one, rules by count (most first), then id. */
export function groupFindings(findings: readonly Finding[]): SeverityGroup[] {
  const groups: SeverityGroup[] = [];
  for (const severity of SEVERITY_ORDER) {
    const bySeverity = findings.filter((finding) => finding.severity === severity);
    if (bySeverity.length === 0) continue;
    const byRule = new Map<string, Finding[]>();
    for (const finding of bySeverity)
      byRule.set(finding.rule, [...(byRule.get(finding.rule) ?? []), finding]);
    const rules = [...byRule.entries()]
      .map(([rule, list]) => ({ rule, findings: list }))
      .sort((a, b) => b.findings.length - a.findings.length || a.rule.localeCompare(b.rule));
    groups.push({ severity, rules });
  }
  return groups;
}

export function ruleTitle(t: Translate, rule: string): string {
  const key = `rule.${rule}`;
  return hasUiKey(key) ? t(key) : rule;
}

const useStyles = makeStyles({
  header: { display: "flex", alignItems: "center", columnGap: tokens.spacingHorizontalS },
  ruleHeading: {
    display: "flex",
    alignItems: "center",
    columnGap: tokens.spacingHorizontalS,
    margin: `${tokens.spacingVerticalS} 0 ${tokens.spacingVerticalXS}`,
    fontSize: tokens.fontSizeBase300,
    fontWeight: tokens.fontWeightSemibold,
  },
  list: { listStyleType: "none", margin: 0, padding: 0 },
  // Excel's pane is ~320 px: the fix button goes under the message, which keeps the width
  // beside the cell. A wide pane has room for cell, message and button side by side.
  item: {
    display: "grid",
    gridTemplateColumns: "auto minmax(0, 1fr)",
    gridTemplateAreas: '"location message" ". fix"',
    alignItems: "start",
    columnGap: tokens.spacingHorizontalS,
    padding: `${tokens.spacingVerticalXS} 0`,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    [WIDE_PANE_MEDIA]: {
      gridTemplateColumns: "auto minmax(0, 1fr) auto",
      gridTemplateAreas: '"location message fix"',
    },
  },
  // "Uppföljning!D20" beside the message would leave the message a sliver of the pane: the
  // location goes on its own line above it.
  itemWithSheet: {
    gridTemplateColumns: "minmax(0, 1fr)",
    gridTemplateAreas: '"location" "message" "fix"',
    [WIDE_PANE_MEDIA]: {
      gridTemplateColumns: "minmax(0, 1fr) auto",
      gridTemplateAreas: '"location fix" "message message"',
    },
  },
  location: { gridArea: "location", justifySelf: "start", maxWidth: "100%" },
  locationText: { overflowWrap: "anywhere", textAlign: "start" },
  fix: {
    gridArea: "fix",
    justifySelf: "start",
    marginTop: tokens.spacingVerticalXS,
    [WIDE_PANE_MEDIA]: { marginTop: 0 },
  },
  message: {
    gridArea: "message",
    display: "flex",
    flexDirection: "column",
    minWidth: 0,
    overflowWrap: "anywhere",
  },
  suggestion: { color: tokens.colorNeutralForeground3 },
  activity: {
    color: tokens.colorNeutralForeground3,
    display: "-webkit-box",
    WebkitLineClamp: 2,
    WebkitBoxOrient: "vertical",
    overflow: "hidden",
  },
  // Visible only while focused: sighted keyboard users see where it goes, others never do. Hidden
  // in place (clipped to nothing), not moved off screen, so it never sticks out of the pane.
  skip: {
    position: "absolute",
    width: "1px",
    height: "1px",
    overflow: "hidden",
    clipPath: "inset(50%)",
    whiteSpace: "nowrap",
    ":focus": { position: "static", width: "auto", height: "auto", clipPath: "none", display: "inline-block", padding: tokens.spacingVerticalXS },
  },
  end: { position: "absolute", width: "1px", height: "1px", overflow: "hidden", clipPath: "inset(50%)", whiteSpace: "nowrap" },
});

/** A rule group with more findings than this starts folded. */
export const RULE_OPEN_LIMIT = 10;

/** "D20", or "Uppföljning!D20" when the workbook has more than one report sheet. */
export function findingLocation(finding: Pick<Finding, "sheet" | "cell">, withSheet: boolean): string {
  return withSheet && finding.sheet ? cellOnSheet(finding.sheet, finding.cell) : finding.cell;
}

export interface FindingGroupsProps {
  findings: readonly Finding[];
  /** The validation report's stats: each severity's badge shows its count. */
  counts: FindingCounts;
  /** Name the sheet with each cell (the workbook has several report sheets). */
  showSheet?: boolean;
  busy: boolean;
  onSelect: (finding: Finding) => void;
  onFix: (finding: Finding) => void;
  /** The text of the finding's activity, when it has one. */
  activityText?: (finding: Finding) => string | undefined;
}

export function FindingGroups({
  findings,
  counts,
  showSheet = false,
  busy,
  onSelect,
  onFix,
  activityText,
}: FindingGroupsProps) {
  const t = useT();
  const styles = useStyles();
  const groups = groupFindings(findings);
  const end = useRef<HTMLSpanElement>(null);
  // Up/down between findings, left/right between a finding's buttons; Tab leaves the group.
  const arrows = useArrowNavigationGroup({ axis: "grid-linear", memorizeCurrent: true });
  return (
    <>
      <a
        href="#finding-groups-end"
        className={styles.skip}
        data-testid="skip-findings"
        onClick={(event) => {
          event.preventDefault();
          end.current?.focus();
        }}
      >
        {t("check.skipLink")}
      </a>
      <Accordion
        multiple
        collapsible
        defaultOpenItems={groups.map((group) => group.severity)}
        data-testid="finding-groups"
      >
        {groups.map((group) => (
          <AccordionItem
            key={group.severity}
            value={group.severity}
            data-testid={`severity-${group.severity}`}
          >
            <AccordionHeader as="h4">
              <span className={styles.header}>
                {t(`check.severity.${group.severity}`)}
                <Badge appearance="filled" color={BADGE_COLOR[group.severity]}>
                  {counts[group.severity]}
                </Badge>
              </span>
            </AccordionHeader>
            <AccordionPanel>
              <Accordion
                multiple
                collapsible
                defaultOpenItems={group.rules
                  .filter((rule) => rule.findings.length <= RULE_OPEN_LIMIT)
                  .map((rule) => rule.rule)}
              >
                {group.rules.map((ruleGroup) => (
                  <AccordionItem
                    key={ruleGroup.rule}
                    value={ruleGroup.rule}
                    data-testid={`rule-${ruleGroup.rule}`}
                  >
                    <AccordionHeader as="h5" size="small">
                      <span className={styles.ruleHeading}>
                        {ruleTitle(t, ruleGroup.rule)}
                        <Badge appearance="tint" color={BADGE_COLOR[group.severity]}>
                          {ruleGroup.findings.length}
                        </Badge>
                      </span>
                    </AccordionHeader>
                    <AccordionPanel>
                      <ul className={styles.list} {...arrows}>
                        {ruleGroup.findings.map((finding, index) => {
                          const location = findingLocation(finding, showSheet);
                          const activity = activityText?.(finding);
                          return (
                            <li
                              key={`${finding.sheet}!${finding.cell}-${index}`}
                              className={mergeClasses(
                                styles.item,
                                showSheet && styles.itemWithSheet,
                              )}
                              data-testid="finding"
                              data-rule={finding.rule}
                              data-cell={finding.cell}
                              data-sheet={finding.sheet}
                            >
                              {finding.cell ? (
                                <Button
                                  size="small"
                                  appearance="subtle"
                                  className={styles.location}
                                  aria-label={t("check.finding.goto", { cell: location })}
                                  title={cellOnSheet(finding.sheet, finding.cell)}
                                  onClick={() => onSelect(finding)}
                                >
                                  <span
                                    className={styles.locationText}
                                    data-testid="finding-location"
                                  >
                                    {location}
                                  </span>
                                </Button>
                              ) : null}
                              <span className={styles.message}>
                                <Text>{finding.message}</Text>
                                {activity && (
                                  <Text
                                    size={200}
                                    className={styles.activity}
                                    title={activity}
                                    data-testid="finding-activity"
                                  >
                                    {t("check.finding.activity", { text: activity })}
                                  </Text>
                                )}
                                {finding.suggestion && (
                                  <Text size={200} className={styles.suggestion}>
                                    {t("check.finding.suggestion", {
                                      suggestion: finding.suggestion,
                                    })}
                                  </Text>
                                )}
                              </span>
                              {finding.fix ? (
                                <Button
                                  size="small"
                                  className={styles.fix}
                                  icon={<WrenchRegular />}
                                  disabled={busy}
                                  aria-label={t("check.finding.fixLabel", { cell: location })}
                                  onClick={() => onFix(finding)}
                                >
                                  {t("check.finding.fix")}
                                </Button>
                              ) : null}
                            </li>
                          );
                        })}
                      </ul>
                    </AccordionPanel>
                  </AccordionItem>
                ))}
              </Accordion>
            </AccordionPanel>
          </AccordionItem>
        ))}
      </Accordion>
      <span id="finding-groups-end" ref={end} tabIndex={-1} className={styles.end}>
        {t("check.listEnd")}
      </span>
    </>
  );
}
