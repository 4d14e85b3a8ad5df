import { randomUUID } from 'node:crypto';
import { OptionalProps } from '@mikro-orm/core';
import { Entity, Index, ManyToOne, PrimaryKey, Property, Unique } from '@mikro-orm/decorators/legacy';
import { Tenant } from '../tenants/tenant.entity.js';
import { User } from '../users/user.entity.js';

/**
 * One refresh token of a session. Every refresh uses the token up and issues a child in the same
 * family; presenting a used token again revokes the whole family (a stolen token was replayed).
 * Global, not tenant-owned: a refresh arrives with nothing but the opaque token, so the row is
 * found by its hash before any tenant is known.
 */
@Entity({ tableName: 'refresh_token', schema: 'identity' })
@Index({ name: 'refresh_token_family_id_index', properties: ['familyId'] })
@Index({ name: 'refresh_token_user_id_index', properties: ['userId'] })
@Index({ name: 'refresh_token_operator_id_index', properties: ['operatorId'] })
@Index({ name: 'refresh_token_expires_at_index', properties: ['expiresAt'] })
export class RefreshToken {
  /** Properties with defaults, optional in `em.create`. */
  [OptionalProps]?: 'parentId' | 'tenantId' | 'playerId' | 'operatorId' | 'createdAt' | 'usedAt' | 'revokedAt';

  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Property({ type: 'uuid' })
  familyId!: string;

  /** Hex SHA-256 of the opaque token (256 random bits, so no slow hash is needed). */
  @Unique({ name: 'refresh_token_token_hash_unique' })
  @Property({ type: 'string', length: 64 })
  tokenHash!: string;

  @Property({ type: 'uuid', nullable: true })
  parentId: string | null = null;

  @ManyToOne(() => User, { mapToPk: true, fieldName: 'user_id' })
  userId!: string;

  /** Null only for a platform administrator's session outside any tenant. */
  @ManyToOne(() => Tenant, { mapToPk: true, fieldName: 'tenant_id', nullable: true })
  tenantId: string | null = null;

  /** The audience of the access tokens this session mints (casinox:player / casinox:admin). */
  @Property({ type: 'string', length: 32 })
  audience!: string;

  @Property({ type: 'uuid', nullable: true })
  playerId: string | null = null;

  @Property({ type: 'uuid', nullable: true })
  operatorId: string | null = null;

  /** When the person proved who they are (password, and TOTP for staff); kept across rotations. */
  @Property({ type: 'datetime' })
  authenticatedAt!: Date;

  @Property({ type: 'datetime' })
  createdAt: Date = new Date();

  @Property({ type: 'datetime', nullable: true })
  usedAt: Date | null = null;

  @Property({ type: 'datetime', nullable: true })
  revokedAt: Date | null = null;

  /** Absolute end of the session (the family), copied to every token of the family. */
  @Property({ type: 'datetime' })
  expiresAt!: Date;
}
