'use client';

import { type ReactNode, useState } from 'react';
import { type ApiProblem, FormAlert, problemFromCombinedError } from '@casinox/web';
import type { CombinedError } from 'urql';
import { Button, LoadingState } from './primitives';

export interface PageOfRows<T> {
  rows: T[];
  hasNextPage: boolean;
  endCursor: string | null;
  fetching: boolean;
  problem: ApiProblem | null;
}

/** One query's result for a cursor connection, as a page of rows (`read` unmasks each node). */
export function pageOfConnection<N, T>(
  result: { fetching: boolean; error?: CombinedError },
  connection: { edges: { node: N }[]; pageInfo: { hasNextPage: boolean; endCursor: string | null } } | null | undefined,
  read: (node: N) => T,
): PageOfRows<T> {
  return {
    rows: (connection?.edges ?? []).map((edge) => read(edge.node)),
    hasNextPage: connection?.pageInfo.hasNextPage ?? false,
    endCursor: connection?.pageInfo.endCursor ?? null,
    fetching: result.fetching,
    problem: problemFromCombinedError(result.error),
  };
}

interface Props<T> {
  /** Loads one page after a cursor (a hook: called once per rendered page). */
  usePage: (after: string | null) => PageOfRows<T>;
  renderRow: (row: T) => ReactNode;
  colSpan: number;
  empty: ReactNode;
  loadingLabel: string;
}

function Page<T>({
  after,
  isFirst,
  isLast,
  onMore,
  usePage,
  renderRow,
  colSpan,
  empty,
  loadingLabel,
}: Props<T> & { after: string | null; isFirst: boolean; isLast: boolean; onMore: (cursor: string) => void }) {
  const page = usePage(after);
  const fullRow = (content: ReactNode) => (
    <tr>
      <td colSpan={colSpan} className="px-4 py-3">
        {content}
      </td>
    </tr>
  );
  if (page.fetching && page.rows.length === 0 && !page.problem) return fullRow(<LoadingState label={loadingLabel} />);
  if (page.problem && page.rows.length === 0) return fullRow(<FormAlert problem={page.problem} />);
  if (isFirst && page.rows.length === 0) return fullRow(empty);
  return (
    <>
      {page.rows.map(renderRow)}
      {isLast && page.hasNextPage && page.endCursor
        ? fullRow(
            <div className="text-center">
              <Button variant="secondary" onClick={() => onMore(page.endCursor as string)}>
                Load more
              </Button>
            </div>,
          )
        : null}
    </>
  );
}

/** Table rows of a cursor connection, one page at a time, with “Load more”. */
export function PagedTableBody<T>(props: Props<T>) {
  const [cursors, setCursors] = useState<(string | null)[]>([null]);
  return (
    <tbody>
      {cursors.map((after, index) => (
        <Page
          key={after ?? 'first'}
          {...props}
          after={after}
          isFirst={index === 0}
          isLast={index === cursors.length - 1}
          onMore={(cursor) => setCursors((list) => (list.includes(cursor) ? list : [...list, cursor]))}
        />
      ))}
    </tbody>
  );
}

/**
 * A console table: column headings (a heading given as `{ hidden }` is read to screen readers
 * only, e.g. an actions column) over a body paged with "Load more".
 */
export function PagedTable<T>({
  columns,
  ...body
}: Omit<Props<T>, 'colSpan'> & { columns: (string | { hidden: string })[] }) {
  return (
    <div className="-mx-5 overflow-x-auto">
      <table className="w-full text-left text-sm">
        <thead className="text-xs uppercase tracking-wide text-slate-500">
          <tr>
            {columns.map((column) =>
              typeof column === 'string' ? (
                <th key={column} scope="col" className="px-4 py-2 font-medium">
                  {column}
                </th>
              ) : (
                <th key={column.hidden} scope="col" className="px-4 py-2">
                  <span className="sr-only">{column.hidden}</span>
                </th>
              ),
            )}
          </tr>
        </thead>
        <PagedTableBody {...body} colSpan={columns.length} />
      </table>
    </div>
  );
}
