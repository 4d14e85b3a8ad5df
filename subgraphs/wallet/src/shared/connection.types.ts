import { PageInfo } from '@casinox/graphql';
import { type ClassType, Field, ObjectType } from 'type-graphql';

/**
 * A cursor connection type (and its edge) for `node`, named `<name>Connection` / `<name>Edge`,
 * with the shared PageInfo. One factory so every wallet list reads the same.
 */
export function connectionOf<T extends object>(node: ClassType<T>, name: string, what: { one: string; page: string }) {
  @ObjectType(`${name}Edge`, { description: `${what.one} in a page.` })
  class Edge {
    @Field(() => String, { description: 'Position of this item, for paging (pass as `after`).' })
    cursor!: string;

    @Field(() => node, {
      description: `The ${name.replace(/[A-Z]/g, (c, i: number) => (i ? ' ' : '') + c.toLowerCase())}.`,
    })
    node!: T;
  }

  @ObjectType(`${name}Connection`, { description: what.page })
  class Connection {
    @Field(() => [Edge], { description: 'The items on this page.' })
    edges!: Edge[];

    @Field(() => PageInfo, { description: 'Whether more pages follow, and the cursor to ask for them.' })
    pageInfo!: PageInfo;
  }
  return Connection;
}

export type ConnectionShape<T> = {
  edges: { cursor: string; node: T }[];
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
};
