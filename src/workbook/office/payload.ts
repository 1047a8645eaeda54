/**
 * Excel on the web refuses a request or a response over 5 MB (RequestPayloadSizeLimitExceeded /
 * ResponsePayloadSizeLimitExceeded; learn.microsoft.com/office/dev/add-ins/concepts/resource-limits-and-performance-optimization#excel-add-ins).
 * A sync's size is the JSON of what it sets or loads plus a little per call, so writes are
 * grouped by their measured JSON size, and a sync that is refused anyway (Office's own framing
 * differs a little) is retried with half the slice.
 */

/** Aim well below 5 MB: the JSON we measure is not byte for byte what Office.js sends. */
export const SYNC_BUDGET_BYTES = 3_500_000;
/** What one API call and its object path cost in a request, roughly (performance.md: "the number of API calls"). */
export const BYTES_PER_CALL = 200;

const encoder = new TextEncoder();

/** UTF-8 bytes of a value as JSON. */
export function jsonBytes(value: unknown): number {
  return encoder.encode(JSON.stringify(value ?? null)).length;
}

export function isPayloadError(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return code === "RequestPayloadSizeLimitExceeded" || code === "ResponsePayloadSizeLimitExceeded" || code === "PayloadTooLarge";
}

/**
 * One queued piece of a write: `bytes` is what it sends; `split` (for a block of rows) gives two
 * halves when a sync holding it alone is still refused.
 */
export interface QueuedWrite {
  bytes: number;
  queue: () => void;
  split?: () => [QueuedWrite, QueuedWrite] | null;
}

export interface SyncContext {
  sync(): Promise<void>;
}

/**
 * Runs the writes in order, one sync per group of at most `budget` bytes. On a payload error the
 * refused group is tried again in halves (nothing of a refused request has run). Returns the syncs.
 */
export async function syncInGroups(context: SyncContext, writes: QueuedWrite[], budget = SYNC_BUDGET_BYTES): Promise<number> {
  let syncs = 0;
  const pending = [...writes];
  while (pending.length > 0) {
    const group: QueuedWrite[] = [];
    let bytes = 0;
    while (pending.length > 0 && (group.length === 0 || bytes + pending[0]!.bytes <= budget)) {
      const next = pending.shift()!;
      group.push(next);
      bytes += next.bytes;
    }
    for (const write of group) write.queue();
    try {
      syncs++;
      // One sync per measured group (a fixed number for any real report), not per row.
      // eslint-disable-next-line office-addins/no-context-sync-in-loop
      await context.sync();
    } catch (error) {
      if (!isPayloadError(error)) throw error;
      if (group.length > 1) {
        pending.unshift(...group);
        budget = Math.max(1, Math.floor(bytes / 2));
        continue;
      }
      const halves = group[0]!.split?.();
      if (!halves) throw error;
      pending.unshift(...halves);
    }
  }
  return syncs;
}

/** Rows of a block grouped so each group's measured JSON stays under `budget`. */
export function rowGroupsByBytes<T>(rows: readonly T[], bytesOf: (row: T) => number, budget: number): { start: number; count: number; bytes: number }[] {
  const groups: { start: number; count: number; bytes: number }[] = [];
  let start = 0;
  let bytes = 0;
  rows.forEach((row, i) => {
    const size = bytesOf(row) + 4;
    if (i > start && bytes + size > budget) {
      groups.push({ start, count: i - start, bytes });
      start = i;
      bytes = 0;
    }
    bytes += size;
  });
  if (rows.length > start) groups.push({ start, count: rows.length - start, bytes });
  return groups;
}
