/**
 * A labelled native file input. Fluent UI v9 has no file picker, and Field only wires its label
 * to Fluent controls, so the label, hint and input are connected here by id.
 */
import { useId, type ChangeEvent } from "react";
import { Label, Text, makeStyles, tokens } from "@fluentui/react-components";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalXXS },
  hint: { color: tokens.colorNeutralForeground3 },
  input: { maxWidth: "100%" },
});

export interface FileInputProps {
  label: string;
  hint?: string;
  accept: string;
  multiple?: boolean;
  disabled?: boolean;
  onChange: (event: ChangeEvent<HTMLInputElement>) => void;
  testId?: string;
}

export function FileInput({ label, hint, accept, multiple = false, disabled = false, onChange, testId }: FileInputProps) {
  const styles = useStyles();
  const id = useId();
  const hintId = `${id}-hint`;
  return (
    <div className={styles.root}>
      <Label htmlFor={id} disabled={disabled}>
        {label}
      </Label>
      <input
        id={id}
        className={styles.input}
        type="file"
        accept={accept}
        multiple={multiple}
        disabled={disabled}
        aria-describedby={hint ? hintId : undefined}
        onChange={onChange}
        data-testid={testId}
      />
      {hint && (
        <Text id={hintId} size={200} className={styles.hint}>
          {hint}
        </Text>
      )}
    </div>
  );
}
