import { ApiKey } from './api-keys/api-key.entity.js';
import { SigningKey } from './keys/signing-key.entity.js';
import { Operator } from './operators/operator.entity.js';
import { IdentityEvent, IdentityOutboxCursor } from './outbox/identity-event.entity.js';
import { Player } from './players/player.entity.js';
import { RateLimit } from './sessions/rate-limit.entity.js';
import { RefreshToken } from './sessions/refresh-token.entity.js';
import { StaffTokenVersion } from './sessions/staff-token-version.entity.js';
import { Tenant } from './tenants/tenant.entity.js';
import { User } from './users/user.entity.js';

/** Every table the identity schema holds; the migrations create exactly these. */
export const entities = [
  Tenant,
  User,
  Player,
  Operator,
  ApiKey,
  RefreshToken,
  SigningKey,
  RateLimit,
  StaffTokenVersion,
  IdentityEvent,
  IdentityOutboxCursor,
];
