import { isUuid } from '@casinox/graphql';
import type { MikroORM } from '@mikro-orm/postgresql';
import { User } from './user.entity.js';

/** Reads of the global user table for field resolvers (emails of players and staff). */
export class UserService {
  constructor(private readonly orm: MikroORM) {}

  async findByIds(ids: string[]): Promise<Map<string, User>> {
    const valid = ids.filter(isUuid);
    if (valid.length === 0) return new Map();
    const rows = await this.orm.em.fork().find(User, { id: { $in: valid } });
    return new Map(rows.map((row) => [row.id, row]));
  }
}
