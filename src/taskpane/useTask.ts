/**
 * One asynchronous action of a view (check, stamp, consolidate …) as a small state machine:
 * idle → working → done | failed. A failed action keeps the previous inputs, so nothing the
 * user entered is lost; the error message is shown as it came (Swedish from the core/adapters).
 */
import { useCallback, useEffect, useRef, useState } from "react";

export type TaskState<T> =
  | { phase: "idle" }
  | { phase: "working" }
  | { phase: "done"; result: T }
  | { phase: "failed"; message: string };

export function errorMessage(error: unknown): string {
  if (error instanceof Error && error.message) return error.message;
  return typeof error === "string" && error ? error : "Okänt fel.";
}

export function useTask<T>(): [TaskState<T>, (work: () => Promise<T>) => Promise<T | undefined>, () => void] {
  const [state, setState] = useState<TaskState<T>>({ phase: "idle" });
  const mounted = useRef(true);
  useEffect(() => {
    mounted.current = true;
    return () => {
      mounted.current = false;
    };
  }, []);

  const run = useCallback(async (work: () => Promise<T>) => {
    setState({ phase: "working" });
    try {
      const result = await work();
      if (mounted.current) setState({ phase: "done", result });
      return result;
    } catch (error) {
      if (mounted.current) setState({ phase: "failed", message: errorMessage(error) });
      return undefined;
    }
  }, []);

  const reset = useCallback(() => setState({ phase: "idle" }), []);
  return [state, run, reset];
}
