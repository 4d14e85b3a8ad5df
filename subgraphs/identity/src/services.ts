import type { MikroORM } from '@mikro-orm/postgresql';
import type pg from 'pg';
import { ApiKeyService } from './api-keys/api-key.service.js';
import type { IdentityServices } from './context.js';
import { SigningKeyService } from './keys/signing-key.service.js';
import { TokenSigner } from './keys/token-signer.service.js';
import { OperatorAuthService } from './operators/operator-auth.service.js';
import { StaffService } from './operators/staff.service.js';
import { PlayerService } from './players/player.service.js';
import { LoginThrottle, type RateLimits } from './sessions/login-throttle.service.js';
import { SessionService } from './sessions/session.service.js';
import { createSecretBox } from './shared/secret-box.js';
import { TenantService } from './tenants/tenant.service.js';
import { UserService } from './users/user.service.js';

/** Wires the services once per process. */
export function createIdentityServices(options: {
  orm: MikroORM;
  limiterPool: pg.Pool;
  identitySecret: string;
  rateLimits: RateLimits;
}): IdentityServices {
  const { orm } = options;
  const keys = new SigningKeyService(orm, createSecretBox(options.identitySecret, 'signing-key'));
  const signer = new TokenSigner(keys);
  const throttle = new LoginThrottle(options.limiterPool, options.rateLimits);
  const sessions = new SessionService(orm, signer);
  return {
    keys,
    sessions,
    tenants: new TenantService(orm),
    users: new UserService(orm),
    players: new PlayerService(orm, sessions, throttle),
    staff: new StaffService(orm, throttle),
    operatorAuth: new OperatorAuthService(
      orm,
      sessions,
      signer,
      throttle,
      createSecretBox(options.identitySecret, 'totp'),
    ),
    apiKeys: new ApiKeyService(orm, signer),
  };
}
