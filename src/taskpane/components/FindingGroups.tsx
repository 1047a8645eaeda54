/** Findings grouped by severity, then by rule, with counts; each finding links to its cell. */
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
} from "@fluentui/react-components";
import { WrenchRegular } from "@fluentui/react-icons";
import type { Finding } from "../services";
import { useT, type Translate, type UiKey } from "../i18n";
import { CATALOGUES } from "../i18n";
import { WIDE_PANE_MEDIA } from "../views/styles";

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
  count: number;
  rules: RuleGroup[];
}

/** Severity order error → warning → info; within one, rules by count (most first), then id. */
export function groupFindings(findings: readonly Finding[]): SeverityGroup[] {
  const groups: SeverityGroup[] = [];
  for (const severity of SEVERITY_ORDER) {
    const bySeverity = findings.filter((finding) => finding.severity === severity);
    if (bySeverity.length === 0) continue;
    const byRule = new Map<string, Finding[]>();
    for (const finding of bySeverity) byRule.set(finding.rule, [...(byRule.get(finding.rule) ?? []), finding]);
    const rules = [...byRule.entries()]
      .map(([rule, list]) => ({ rule, findings: list }))
      .sort((a, b) => b.findings.length - a.findings.length || a.rule.localeCompare(b.rule));
    groups.push({ severity, count: bySeverity.length, rules });
  }
  return groups;
}

export function ruleTitle(t: Translate, rule: string): string {
  const key = `rule.${rule}`;
  return key in CATALOGUES.sv ? t(key as UiKey) : rule;
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
  message: { gridArea: "message", display: "flex", flexDirection: "column", minWidth: 0, overflowWrap: "anywhere" },
  suggestion: { color: tokens.colorNeutralForeground3 },
});

/** "D20", or "Uppföljning!D20" when the workbook has more than one report sheet. */
export function findingLocation(finding: Pick<Finding, "sheet" | "cell">, withSheet: boolean): string {
  return withSheet && finding.sheet ? `${finding.sheet}!${finding.cell}` : finding.cell;
}

export interface FindingGroupsProps {
  findings: readonly Finding[];
  /** Name the sheet with each cell (the workbook has several report sheets). */
  showSheet?: boolean;
  busy: boolean;
  onSelect: (finding: Finding) => void;
  onFix: (finding: Finding) => void;
}

export function FindingGroups({ findings, showSheet = false, busy, onSelect, onFix }: FindingGroupsProps) {
  const t = useT();
  const styles = useStyles();
  const groups = groupFindings(findings);
  return (
    <Accordion multiple collapsible defaultOpenItems={groups.map((group) => group.severity)} data-testid="finding-groups">
      {groups.map((group) => (
        <AccordionItem key={group.severity} value={group.severity} data-testid={`severity-${group.severity}`}>
          <AccordionHeader as="h4">
            <span className={styles.header}>
              {t(`check.severity.${group.severity}`)}
              <Badge appearance="filled" color={BADGE_COLOR[group.severity]}>
                {group.count}
              </Badge>
            </span>
          </AccordionHeader>
          <AccordionPanel>
            {group.rules.map((ruleGroup) => (
              <div key={ruleGroup.rule} data-testid={`rule-${ruleGroup.rule}`}>
                <h5 className={styles.ruleHeading}>
                  {ruleTitle(t, ruleGroup.rule)}
                  <Badge appearance="tint" color={BADGE_COLOR[group.severity]}>
                    {ruleGroup.findings.length}
                  </Badge>
                </h5>
                <ul className={styles.list}>
                  {ruleGroup.findings.map((finding, index) => {
                    const location = findingLocation(finding, showSheet);
                    return (
                      <li
                        key={`${finding.sheet}!${finding.cell}-${index}`}
                        className={mergeClasses(styles.item, showSheet && styles.itemWithSheet)}
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
                            title={`${finding.sheet}!${finding.cell}`}
                            onClick={() => onSelect(finding)}
                          >
                            <span className={styles.locationText} data-testid="finding-location">
                              {location}
                            </span>
                          </Button>
                        ) : null}
                        <span className={styles.message}>
                          <Text>{finding.message}</Text>
                          {finding.suggestion && (
                            <Text size={200} className={styles.suggestion}>
                              {t("check.finding.suggestion", { suggestion: finding.suggestion })}
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
              </div>
            ))}
          </AccordionPanel>
        </AccordionItem>
      ))}
    </Accordion>
  );
}
