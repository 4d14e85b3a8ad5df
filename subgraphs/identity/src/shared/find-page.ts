import type { EntityDictionary, EntityName } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { cursorTime, decodeCursor, type Page, toPage } from '@casinox/graphql';

/**
 * One keyset page of an entity's table, oldest first by (created_at, id): `first + 1` rows tell whether
 * another page exists. Cursors are the shared codec's, at the microsecond precision Postgres stores.
 */
export async function findPage<T extends object>(
  em: EntityManager,
  entity: EntityName<T>,
  args: { first: number; after?: string | null },
): Promise<Page<T>> {
  const meta = em.getMetadata(entity);
  const after = args.after ? decodeCursor(args.after) : null;
  const rows = await em.execute<(EntityDictionary<T> & { id: string; at: string })[]>(
    `select *, ${cursorTime('created_at')} as at from ${meta.schema}.${meta.tableName}
      where ?::timestamptz is null or (created_at, id) > (?::timestamptz, ?::uuid)
      order by created_at, id
      limit ?`,
    [after?.at ?? null, after?.at ?? null, after?.id ?? null, args.first + 1],
  );
  return toPage(rows, args.first, ({ at: _at, ...columns }) => em.map(entity, columns as EntityDictionary<T>));
}
