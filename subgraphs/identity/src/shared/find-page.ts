import { invalidField } from '@casinox/graphql';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { EntityName, FilterQuery, QueryOrderMap } from '@mikro-orm/core';
import { decodeCursor, encodeCursor } from './cursor.js';

export interface Page<T> {
  items: { cursor: string; node: T }[];
  hasNextPage: boolean;
  endCursor: string | null;
}

/** One keyset page ordered by (createdAt, id): `first + 1` rows tell whether another page exists. */
export async function findPage<T extends { id: string; createdAt: Date }>(
  em: EntityManager,
  entity: EntityName<T>,
  where: FilterQuery<T>,
  args: { first: number; after?: string | null },
): Promise<Page<T>> {
  let condition = where;
  if (args.after) {
    const after = decodeCursor(args.after);
    if (!after) throw invalidField('after', 'is not a cursor from this list');
    condition = {
      $and: [where, { $or: [{ createdAt: { $gt: after.createdAt } }, { createdAt: after.createdAt, id: { $gt: after.id } }] }],
    } as FilterQuery<T>;
  }
  const rows = await em.find(entity, condition, { orderBy: { createdAt: 'asc', id: 'asc' } as QueryOrderMap<T>, limit: args.first + 1 });
  const page = rows.slice(0, args.first) as T[];
  const items = page.map((node) => ({ cursor: encodeCursor(node), node }));
  return { items, hasNextPage: rows.length > args.first, endCursor: items.at(-1)?.cursor ?? null };
}
