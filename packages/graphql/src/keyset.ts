import { CodedError } from './errors.js';

/** One keyset page: cursors are (timestamp at microseconds, id), docs/architecture.md §8. */
export interface Page<T> {
  items: { cursor: string; node: T }[];
  hasNextPage: boolean;
  endCursor: string | null;
}

/** SQL for a timestamp column as the cursor's text (UTC, microseconds). */
export const cursorTime = (column: string) => `to_char(${column} at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')`;

export const encodeCursor = (at: string, id: string) => Buffer.from(JSON.stringify([at, id])).toString('base64url');

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The (timestamp, id) a cursor points at; BAD_USER_INPUT for anything that is not one of ours. */
export function decodeCursor(cursor: string): { at: string; id: string } {
  try {
    const parsed: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (
      Array.isArray(parsed) &&
      parsed.length === 2 &&
      typeof parsed[0] === 'string' &&
      typeof parsed[1] === 'string' &&
      !Number.isNaN(Date.parse(parsed[0])) &&
      UUID.test(parsed[1])
    ) {
      return { at: parsed[0], id: parsed[1] };
    }
  } catch {
    // fall through
  }
  throw new CodedError('BAD_USER_INPUT', 'after is not a cursor from this list.', {
    fields: [{ field: 'after', problems: ['is not a cursor from this list'] }],
  });
}

/** `first + 1` rows, each with its cursor text in `at`, as one page. */
export function toPage<R extends { id: string; at: string }, T>(
  rows: readonly R[],
  first: number,
  map: (row: R) => T,
): Page<T> {
  const items = rows.slice(0, first).map((row) => ({ cursor: encodeCursor(row.at, row.id), node: map(row) }));
  return { items, hasNextPage: rows.length > first, endCursor: items.at(-1)?.cursor ?? null };
}

/** A page as the graph's connection shape. */
export const toConnection = <T>(page: Page<T>) => ({
  edges: page.items,
  pageInfo: { hasNextPage: page.hasNextPage, endCursor: page.endCursor },
});
