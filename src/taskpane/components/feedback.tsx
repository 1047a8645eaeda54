/**
 * Shared feedback pieces: the error bar, the working spinner, success notes. The bars are always
 * multiline: in Excel's narrow pane most messages need two lines, and the default "auto" layout
 * first draws them on one line that sticks out sideways until a resize observer reflows them.
 */
import { MessageBar, MessageBarBody, MessageBarTitle, Spinner } from "@fluentui/react-components";
import type { ReactNode } from "react";
import { useT } from "../i18n";

export function ErrorBar({ message, title }: { message: string; title?: string }) {
  const t = useT();
  return (
    <MessageBar layout="multiline" intent="error" role="alert" data-testid="error-bar">
      <MessageBarBody>
        <MessageBarTitle>{title ?? t("common.error.title")}</MessageBarTitle>
        {message}
      </MessageBarBody>
    </MessageBar>
  );
}

export function SuccessBar({ children }: { children: ReactNode }) {
  return (
    <MessageBar layout="multiline" intent="success" role="status">
      <MessageBarBody>{children}</MessageBarBody>
    </MessageBar>
  );
}

export function InfoBar({
  children,
  intent = "info",
  title,
  testId,
}: {
  children: ReactNode;
  intent?: "info" | "warning";
  title?: string;
  testId?: string;
}) {
  return (
    <MessageBar layout="multiline" intent={intent} data-testid={testId}>
      <MessageBarBody>
        {title && <MessageBarTitle>{title}</MessageBarTitle>}
        {children}
      </MessageBarBody>
    </MessageBar>
  );
}

export function Working({ label }: { label: string }) {
  return <Spinner size="small" label={label} labelPosition="after" role="status" aria-live="polite" />;
}
