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
} from "@fluentui/react-components";
import type { Finding } from "../services";
import { useT } from "../i18n";

export interface FixPreviewDialogProps {
  /** The findings whose fixes would be applied; null = closed. */
  findings: Finding[] | null;
  onConfirm: (findings: Finding[]) => void;
  onCancel: () => void;
}

export function FixPreviewDialog({ findings, onConfirm, onCancel }: FixPreviewDialogProps) {
  const t = useT();
  const fixable = (findings ?? []).filter((finding) => finding.fix);
  const empty = t("check.preview.empty");
  return (
    <Dialog open={findings !== null} modalType="modal" onOpenChange={(_, data) => (data.open ? undefined : onCancel())}>
      <DialogSurface aria-describedby="fix-preview-intro">
        <DialogBody>
          <DialogTitle>{t("check.preview.title")}</DialogTitle>
          {/* Focusable: with many fixes the list scrolls, and keyboard users must be able to scroll it (axe scrollable-region-focusable). */}
          <DialogContent tabIndex={0}>
            <Text id="fix-preview-intro" as="p">
              {t("check.preview.intro")}
            </Text>
            <Table size="small" aria-label={t("check.preview.title")} data-testid="fix-preview">
              <TableHeader>
                <TableRow>
                  <TableHeaderCell>{t("check.preview.cell")}</TableHeaderCell>
                  <TableHeaderCell>{t("check.preview.old")}</TableHeaderCell>
                  <TableHeaderCell>{t("check.preview.new")}</TableHeaderCell>
                </TableRow>
              </TableHeader>
              <TableBody>
                {fixable.map((finding, index) => {
                  const fix = finding.fix!;
                  return (
                    <TableRow key={`${fix.sheet}!${fix.cell}-${index}`}>
                      <TableCell>{`${fix.sheet}!${fix.cell}`}</TableCell>
                      <TableCell>{fix.oldValue === "" ? empty : fix.oldValue}</TableCell>
                      <TableCell>{fix.newValue === "" ? empty : fix.newValue}</TableCell>
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
