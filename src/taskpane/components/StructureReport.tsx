/**
 * The structuring report (SPEC §5): counts, unplaced cells with addresses, notes to confirm.
 * Its cells are on the sheet that was read, not on the new template sheet the findings name, so
 * the report says which sheet; it takes the focus when it appears (the result of the user's click).
 */
import { useEffect, useRef } from "react";
import {
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  Text,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import type { StructureResult } from "../services";
import { useT } from "../i18n";
import { ErrorBar, SuccessBar } from "./feedback";
import { cellOnSheet } from "../cells";

const useStyles = makeStyles({
  stats: {
    display: "grid",
    gridTemplateColumns: "1fr auto",
    columnGap: tokens.spacingHorizontalM,
    rowGap: tokens.spacingVerticalXS,
    margin: 0,
  },
  value: { margin: 0, fontWeight: tokens.fontWeightSemibold, textAlign: "right" },
  term: { margin: 0 },
  notes: { paddingLeft: tokens.spacingHorizontalL, margin: 0 },
});

/** Notes worth the user's attention: what was inferred or kept under an unknown perspective. */
const NOTE_KINDS_SHOWN = new Set(["inferred", "perspective-unknown", "unplaced"]);

export function StructureReport({ result }: { result: StructureResult }) {
  const t = useT();
  const styles = useStyles();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), [result]);
  if (!result.ok) {
    return <ErrorBar title={t("mall.structure.failed", { sheet: result.sheet })} message={result.message} />;
  }
  const { stats, unplaced, notes } = result;
  const sourceSheet = result.report.sheet;
  const shownNotes = notes.filter((note) => NOTE_KINDS_SHOWN.has(note.kind));
  return (
    <section aria-labelledby="structure-report-heading" data-testid="structure-report">
      <h4 id="structure-report-heading" tabIndex={-1} ref={heading}>
        {t("mall.report.heading")}
      </h4>
      <Text data-testid="structure-sheet">{t("mall.report.onSheet", { sheet: sourceSheet })}</Text>
      <dl className={styles.stats}>
        <dt className={styles.term}>{t("mall.report.rowsRead")}</dt>
        <dd className={styles.value} data-testid="stat-rows-read">
          {stats.rowsRead}
        </dd>
        <dt className={styles.term}>{t("mall.report.activities")}</dt>
        <dd className={styles.value} data-testid="stat-activities">
          {stats.activities}
        </dd>
        <dt className={styles.term}>{t("mall.report.inferred")}</dt>
        <dd className={styles.value} data-testid="stat-inferred">
          {stats.inferred}
        </dd>
        <dt className={styles.term}>{t("mall.report.unplaced")}</dt>
        <dd className={styles.value} data-testid="stat-unplaced">
          {unplaced.length}
        </dd>
      </dl>
      {unplaced.length === 0 ? (
        <SuccessBar>{t("mall.report.nothingLost")}</SuccessBar>
      ) : (
        <Table size="small" aria-label={t("mall.report.unplacedCaption")}>
          <TableHeader>
            <TableRow>
              <TableHeaderCell>{t("mall.report.cell")}</TableHeaderCell>
              <TableHeaderCell>{t("mall.report.text")}</TableHeaderCell>
              <TableHeaderCell>{t("mall.report.reason")}</TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {unplaced.map((cell) => (
              <TableRow key={cell.cell}>
                <TableCell>{cellOnSheet(sourceSheet, cell.cell)}</TableCell>
                <TableCell>{cell.text}</TableCell>
                <TableCell>{cell.reason}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
      {shownNotes.length > 0 && (
        <>
          <h5>{t("mall.report.notes")}</h5>
          <ul className={styles.notes}>
            {shownNotes.map((note, index) => (
              <li key={`${note.kind}-${note.cell ?? note.row ?? ""}-${index}`}>
                <Text>
                  {note.cell ? `${cellOnSheet(sourceSheet, note.cell)}: ` : ""}
                  {note.message}
                </Text>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
