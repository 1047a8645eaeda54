/**
 * The same report chosen twice (issue 16): a warning at the top of the result that names every
 * source left out and the one counted instead, with a "count anyway" choice per source. The core
 * decides (core/consolidate/duplicates.ts); this only shows it and passes the user's choice back.
 */
import { Checkbox, MessageBar, MessageBarBody, MessageBarTitle, Text } from "@fluentui/react-components";
import type { SourceSummary } from "../../../core/consolidate/model";
import { sourceKey } from "../../../core/consolidate/duplicate-remarks";
import { addPaneTexts, useT } from "../../i18n";
import { consolidateMessages } from "../../../core/i18n/pane/consolidate";

// This view's texts come with its chunk (i18n/index.tsx).
addPaneTexts(consolidateMessages);

function named(file: string, sheet: string | null): string {
  return sheet ? `${file} (${sheet})` : file;
}

export function DuplicateWarning({
  sources,
  disabled,
  onCountAnyway,
}: {
  sources: readonly SourceSummary[];
  disabled: boolean;
  /** The source key and whether to count it anyway; the view runs the consolidation again. */
  onCountAnyway: (key: string, count: boolean) => void;
}) {
  const t = useT();
  const duplicates = sources.filter((source) => source.status === "ok" && source.duplicateOf);
  if (duplicates.length === 0) return null;
  const leftOut = duplicates.filter((source) => !source.counted).length;
  return (
    <MessageBar layout="multiline" intent="warning" role="alert" data-testid="consolidate-duplicates">
      <MessageBarBody>
        <MessageBarTitle>
          {t("consolidate.duplicates.title", { count: duplicates.length })}
        </MessageBarTitle>
        <Text>{leftOut === 0 ? t("consolidate.duplicates.allCounted") : t("consolidate.duplicates.intro")}</Text>
        <ul>
          {duplicates.map((source) => {
            const key = sourceKey(source.file, source.sheet);
            const kept = source.duplicateOf!;
            return (
              <li key={key} data-testid="consolidate-duplicate">
                <Text>
                  {t(source.duplicateOf!.reason === "content" ? "consolidate.duplicates.sameContent" : "consolidate.duplicates.samePeriod", {
                    source: named(source.file, source.sheet),
                    kept: named(kept.file, kept.sheet),
                    count: source.activities,
                  })}
                </Text>
                <Checkbox
                  label={t("consolidate.duplicates.countAnyway", { source: named(source.file, source.sheet) })}
                  checked={source.counted}
                  disabled={disabled}
                  onChange={(_, data) => onCountAnyway(key, data.checked === true)}
                />
              </li>
            );
          })}
        </ul>
      </MessageBarBody>
    </MessageBar>
  );
}
