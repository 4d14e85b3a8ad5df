import type { Page } from '@casinox/graphql';

/** A service page as a GraphQL connection, mapping each row to its graph type. */
export function toConnection<T, N>(page: Page<T>, map: (row: T) => N) {
  return {
    edges: page.items.map((item) => ({ cursor: item.cursor, node: map(item.node) })),
    pageInfo: { hasNextPage: page.hasNextPage, endCursor: page.endCursor },
  };
}
