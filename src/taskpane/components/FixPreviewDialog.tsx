/** Shows every cell a fix would change (old → new) and applies them only on confirmation. */
import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  Text,
  makeStyles,
} from "@fluentui/react-components";
import type { Finding } from "../services";
import { addPaneTexts, useT } from "../i18n";
import { checkMessages } from "../../core/i18n/pane/check";
import { findingLocation } from "./FindingGroups";

// This view's texts come with its chunk (i18n/index.tsx).
addPaneTexts(checkMessages);

const useStyles = makeStyles({
  // The address is short ("F8"; "Uppföljning!F8" only with several sheets): the values get the room.
  cellColumn: { width: "30%" },
  wrap: { overflowWrap: "anywhere" },
});

export interface FixPreviewDialogProps {
  /** The findings whose fixes would be applied; null = closed. */
  findings: Finding[] | null;
  onConfirm: (findings: Finding[]) => void;
  onCancel: () => void;
}

export function FixPreviewDialog({ findings, onConfirm, onCancel }: FixPreviewDialogProps) {
  const t = useT();
  const styles = useStyles();
  const fixable = (findings ?? []).filter((finding) => finding.fix);
  const empty = t("check.preview.empty");
  // One sheet (the usual case: the template sheet): named once above the table, not on every row.
  const sheets = [...new Set(fixable.map((finding) => finding.fix!.sheet))];
  const onlySheet = sheets.length === 1 ? sheets[0]! : null;
  return (
    <Dialog open={findings !== null} modalType="modal" onOpenChange={(_, data) => (data.open ? undefined : onCancel())}>
      <DialogSurface aria-describedby="fix-preview-intro">
        <DialogBody>
          <DialogTitle>{t("check.preview.title")}</DialogTitle>
          {/* Focusable: with many fixes the list scrolls, and keyboard users must be able to scroll it (axe scrollable-region-focusable). */}
          <DialogContent tabIndex={0}>
            <Text id="fix-preview-intro" as="p">
              {onlySheet ? t("check.preview.introSheet", { sheet: onlySheet }) : t("check.preview.intro")}
            </Text>
            <Table size="small" aria-label={t("check.preview.title")} data-testid="fix-preview">
              <TableHeader>
                <TableRow>
                  <TableHeaderCell className={styles.cellColumn}>{t("check.preview.cell")}</TableHeaderCell>
                  <TableHeaderCell>{t("check.preview.old")}</TableHeaderCell>
                  <TableHeaderCell>{t("check.preview.new")}</TableHeaderCell>
                </TableRow>
              </TableHeader>
              <TableBody>
                {fixable.map((finding, index) => {
                  const fix = finding.fix!;
                  return (
                    <TableRow key={`${fix.sheet}!${fix.cell}-${index}`} data-sheet={fix.sheet} data-cell={fix.cell}>
                      <TableCell className={styles.wrap}>{findingLocation(fix, onlySheet === null)}</TableCell>
                      <TableCell className={styles.wrap}>{fix.oldValue === "" ? empty : fix.oldValue}</TableCell>
                      <TableCell className={styles.wrap}>{fix.newValue === "" ? empty : fix.newValue}</TableCell>
                    </TableRow>
                  );
                })}
              </TableBody>
            </Table>
          </DialogContent>
          <DialogActions>
            <Button appearance="secondary" onClick={onCancel}>
              {t("common.cancel")}
            </Button>
            <Button appearance="primary" onClick={() => onConfirm(fixable)}>
              {t("check.preview.confirm", { count: fixable.length })}
            </Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
