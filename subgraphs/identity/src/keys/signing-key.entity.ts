import { OptionalProps } from '@mikro-orm/core';
import { Entity, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';

/**
 * An ES256 key pair that signs access tokens. Lifecycle, all by timestamps so every replica
 * agrees without coordination: published in the JWKS from `createdAt`, signing from `activatesAt`
 * (later than `createdAt` after a rotation, so verifiers can fetch it before any token needs it),
 * no longer signing once a newer key activates, unpublished a grace period after `retiredAt`.
 */
@Entity({ tableName: 'signing_key', schema: 'identity' })
export class SigningKey {
  /** Properties with defaults, optional in `em.create`. */
  [OptionalProps]?: 'algorithm' | 'createdAt' | 'activatesAt' | 'retiredAt';

  @PrimaryKey({ type: 'string', length: 64 })
  kid!: string;

  @Property({ type: 'string', length: 16 })
  algorithm: string = 'ES256';

  /** Private JWK sealed with AES-256-GCM under a key derived from IDENTITY_SECRET. */
  @Property({ type: 'text' })
  privateJwk!: string;

  @Property({ type: 'json' })
  publicJwk!: Record<string, unknown>;

  @Property({ type: 'datetime' })
  createdAt: Date = new Date();

  /** From when it signs; the newest activated key is the signing key. */
  @Property({ type: 'datetime' })
  activatesAt: Date = new Date();

  /** When it stops being the signing key (a successor activates); published until this plus a grace period. */
  @Property({ type: 'datetime', nullable: true })
  retiredAt: Date | null = null;
}
