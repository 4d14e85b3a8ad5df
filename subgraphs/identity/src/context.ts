import { type BaseContext, batchLoader, type Loader } from '@casinox/graphql';
import type { ApiKeyService } from './api-keys/api-key.service.js';
import type { SigningKeyService } from './keys/signing-key.service.js';
import type { Operator } from './operators/operator.entity.js';
import type { OperatorAuthService } from './operators/operator-auth.service.js';
import type { StaffService } from './operators/staff.service.js';
import type { Player } from './players/player.entity.js';
import type { PlayerService } from './players/player.service.js';
import type { SessionService } from './sessions/session.service.js';
import type { Tenant } from './tenants/tenant.entity.js';
import type { TenantService } from './tenants/tenant.service.js';
import type { User } from './users/user.entity.js';
import type { UserService } from './users/user.service.js';

/** Every identity service, created once per process. */
export interface IdentityServices {
  tenants: TenantService;
  users: UserService;
  players: PlayerService;
  staff: StaffService;
  operatorAuth: OperatorAuthService;
  sessions: SessionService;
  apiKeys: ApiKeyService;
  keys: SigningKeyService;
}

/**
 * Request-scoped batch loaders: one query per type per request however many fields or entity
 * references ask. The *Refs loaders apply the caller's tenant scope (references from the gateway);
 * `tenants` and `users` serve fields of rows the caller was already allowed to see.
 */
export interface IdentityLoaders {
  tenants: Loader<Tenant>;
  users: Loader<User>;
  tenantRefs: Loader<Tenant>;
  playerRefs: Loader<Player>;
  operatorRefs: Loader<Operator>;
}

export interface IdentityContext extends BaseContext {
  services: IdentityServices;
  loaders: IdentityLoaders;
}

export function createContext(services: IdentityServices, base: BaseContext): IdentityContext {
  const { principal } = base;
  return {
    ...base,
    services,
    loaders: {
      tenants: batchLoader((ids) => services.tenants.findByIds(ids)),
      users: batchLoader((ids) => services.users.findByIds(ids)),
      tenantRefs: batchLoader((ids) => services.tenants.findReferences(principal, ids)),
      playerRefs: batchLoader((ids) => services.players.findReferences(principal, ids)),
      operatorRefs: batchLoader((ids) => services.staff.findReferences(principal, ids)),
    },
  };
}
