import { randomUUID } from 'node:crypto';
import { OptionalProps } from '@mikro-orm/core';
import { Entity, PrimaryKey, Property, Unique } from '@mikro-orm/decorators/legacy';

/**
 * One global identity per email address. Memberships (Player, Operator) attach it to tenants;
 * the user row itself holds only what is the same everywhere: credentials and second factor.
 */
@Entity({ tableName: 'user_account', schema: 'identity' })
export class User {
  /** Properties with defaults, optional in `em.create`. */
  [OptionalProps]?:
    'passwordHash' | 'platformAdmin' | 'totpSecret' | 'totpEnabled' | 'totpLastStep' | 'createdAt' | 'updatedAt';

  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  /** Always stored trimmed and lower-cased (see normaliseEmail), so the unique index is case-blind. */
  @Unique({ name: 'user_account_email_unique' })
  @Property({ type: 'string', length: 254 })
  email!: string;

  /** argon2id PHC string; null for an invited operator who has not chosen a password yet. */
  @Property({ type: 'text', nullable: true })
  passwordHash: string | null = null;

  @Property({ type: 'string', length: 64 })
  displayName!: string;

  @Property({ type: 'boolean' })
  platformAdmin: boolean = false;

  /** TOTP secret sealed with AES-256-GCM (key derived from IDENTITY_SECRET); never stored in clear. */
  @Property({ type: 'text', nullable: true })
  totpSecret: string | null = null;

  /** False while enrolment is pending: the secret exists but no code has been proven yet. */
  @Property({ type: 'boolean' })
  totpEnabled: boolean = false;

  /** Last accepted TOTP time step: a code is accepted once, never replayed within its window. */
  @Property({ type: 'integer', nullable: true })
  totpLastStep: number | null = null;

  @Property({ type: 'datetime' })
  createdAt: Date = new Date();

  @Property({ type: 'datetime', onUpdate: () => new Date() })
  updatedAt: Date = new Date();
}
