import { Entity, Index, ManyToOne, Property } from '@mikro-orm/decorators/legacy';
import { User } from '../users/user.entity.js';

/**
 * A staff user's access-token version (the `ver` claim). Bumping it revokes every staff access
 * token of the user at once: the gateway learns the new version by notification and refuses older
 * tokens. Global, not tenant-owned: the gateway reads every recent version at start-up. Written
 * with plain SQL (staff-token-versions.ts); mapped so the drift check knows the table.
 */
@Entity({ tableName: 'staff_token_version', schema: 'identity' })
@Index({ name: 'staff_token_version_updated_at_index', properties: ['updatedAt'] })
export class StaffTokenVersion {
  @ManyToOne(() => User, { mapToPk: true, fieldName: 'user_id', primary: true })
  userId!: string;

  @Property({ type: 'integer' })
  version!: number;

  @Property({ type: 'datetime' })
  updatedAt!: Date;
}
