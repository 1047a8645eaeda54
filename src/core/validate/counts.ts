/**
 * Findings counted by severity: the one count the CLI's table and JSON, the pane's Kontrollera
 * and the summary read. A module of its own (types only) so the pane can count without loading
 * the rules.
 */
import type { Finding } from "../model";

export interface FindingCounts {
  error: number;
  warning: number;
  info: number;
}

export function countFindings(findings: readonly Finding[]): FindingCounts {
  const counts: FindingCounts = { error: 0, warning: 0, info: 0 };
  for (const finding of findings) counts[finding.severity]++;
  return counts;
}
