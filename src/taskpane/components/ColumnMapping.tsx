/**
 * "Vilken kolumn är vad?" (issue 15): the header row and first rows of a sheet, one dropdown per
 * column pre-filled with the structurer's guess. Laid out as a list of columns, not a table, so it
 * fits Excel's narrow pane. Saving stores the mapping in the workbook's profile.
 */
import { useId, useState } from "react";
import { Button, Field, Select, Text, makeStyles, tokens } from "@fluentui/react-components";
import type { MappedField } from "../../core/profile/schema";
import type { MappingProposal } from "../../core/structure";
import { useT } from "../i18n";

/** The choices offered, in the order a user thinks of them. */
const CHOICES: readonly MappedField[] = ["activity", "goal", "perspective", "due", "status", "comment", "assignmentRefs", "responsible", "commonGoal", "ignore"];
/** Example values shown per column, each cut to this many characters. */
const EXAMPLES = 2;
const EXAMPLE_LENGTH = 40;

const useStyles = makeStyles({
  list: { listStyle: "none", padding: 0, margin: 0, display: "grid", rowGap: tokens.spacingVerticalM },
  examples: { color: tokens.colorNeutralForeground3, overflowWrap: "anywhere" },
  actions: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
  warning: { color: tokens.colorPaletteDarkOrangeForeground1, fontWeight: tokens.fontWeightSemibold },
});

/** "A", "B", …, "AA": the column letter of a 1-based column. */
function columnLetter(col: number): string {
  let letter = "";
  for (let n = col; n > 0; n = Math.floor((n - 1) / 26)) letter = String.fromCharCode(65 + ((n - 1) % 26)) + letter;
  return letter;
}

function cut(text: string): string {
  const line = text.replace(/\s+/g, " ");
  return line.length > EXAMPLE_LENGTH ? `${line.slice(0, EXAMPLE_LENGTH - 1)}…` : line;
}

export interface ColumnMappingProps {
  sheet: string;
  proposal: MappingProposal;
  busy: boolean;
  onSave: (headers: readonly string[], fields: readonly MappedField[]) => void;
  onCancel: () => void;
}

export function ColumnMapping({ sheet, proposal, busy, onSave, onCancel }: ColumnMappingProps) {
  const t = useT();
  const styles = useStyles();
  const headingId = useId();
  const [fields, setFields] = useState<MappedField[]>(proposal.fields);
  const header = proposal.rows[0] ?? [];
  const body = proposal.rows.slice(1);
  const hasActivity = fields.includes("activity");
  // Columns with nothing in them (the empty column A before a table starting in B) are not asked about.
  const columns = header.map((_, c) => c).filter((c) => header[c] !== "" || body.some((row) => (row[c] ?? "") !== ""));

  return (
    <section aria-labelledby={headingId} data-testid="column-mapping">
      <h4 id={headingId}>{t("mall.mapping.heading")}</h4>
      <Text as="p">{t(proposal.found ? "mall.mapping.found" : "mall.mapping.notFound", { sheet, row: proposal.headerRow })}</Text>
      <Text as="p">{t("mall.mapping.intro")}</Text>
      <ol className={styles.list}>
        {columns.map((c) => {
          const letter = columnLetter(c + 1);
          const examples = body
            .map((row) => row[c] ?? "")
            .filter((text) => text !== "")
            .slice(0, EXAMPLES)
            .map(cut);
          const name = header[c] ? `"${cut(header[c])}"` : t("mall.mapping.noHeader");
          return (
            <li key={c}>
              <Field label={`${t("mall.mapping.column", { column: letter })} (${name})`}>
                <Select
                  data-testid={`mapping-${letter}`}
                  value={fields[c] ?? "ignore"}
                  disabled={busy}
                  onChange={(_, data) => setFields((current) => current.map((field, i) => (i === c ? (data.value as MappedField) : field)))}
                >
                  {CHOICES.map((choice) => (
                    <option key={choice} value={choice}>
                      {t(`mall.mapping.field.${choice}`)}
                    </option>
                  ))}
                </Select>
              </Field>
              {examples.length > 0 && <Text className={styles.examples}>{t("mall.mapping.examples", { examples: examples.join(" · ") })}</Text>}
            </li>
          );
        })}
      </ol>
      {!hasActivity && (
        <Text as="p" role="status" className={styles.warning}>
          {t("mall.mapping.needActivity")}
        </Text>
      )}
      <div className={styles.actions}>
        <Button appearance="primary" disabled={busy || !hasActivity} onClick={() => onSave(header, fields)}>
          {t("mall.mapping.save")}
        </Button>
        <Button disabled={busy} onClick={onCancel}>
          {t("mall.mapping.cancel")}
        </Button>
      </div>
    </section>
  );
}
