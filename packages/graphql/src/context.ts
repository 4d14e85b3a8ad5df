import { AuthError, type OperatorRole, type Principal } from '@casinox/auth';

/** What every resolver can rely on, in every subgraph. */
export interface BaseContext {
  principal: Principal | null;
  /** Client IP as seen by the gateway (subgraphs are never exposed directly). */
  clientIp: string;
  requestId: string;
}

export type PlayerPrincipal = Principal & { kind: 'player'; tenantId: string; playerId: string };
export type OperatorPrincipal = Principal & {
  kind: 'operator';
  tenantId: string;
  operatorId: string;
  role: OperatorRole;
};

export function requirePrincipal(ctx: BaseContext): Principal {
  if (!ctx.principal) throw new AuthError('UNAUTHENTICATED', 'Sign in first.');
  return ctx.principal;
}

export function requirePlayer(ctx: BaseContext): PlayerPrincipal {
  const principal = requirePrincipal(ctx);
  if (principal.kind !== 'player' || !principal.tenantId || !principal.playerId) {
    throw new AuthError('FORBIDDEN', 'This needs a player session.');
  }
  return principal as PlayerPrincipal;
}

/**
 * An operator acting in their current tenant with one of `roles` (OWNER may do anything an
 * operator may do). No roles given means any operator role.
 */
export function requireOperator(ctx: BaseContext, ...roles: OperatorRole[]): OperatorPrincipal {
  const principal = requirePrincipal(ctx);
  if (principal.kind !== 'operator' || !principal.tenantId || !principal.operatorId || !principal.role) {
    throw new AuthError('FORBIDDEN', 'This needs an operator session in a tenant.');
  }
  if (roles.length > 0 && principal.role !== 'OWNER' && !roles.includes(principal.role)) {
    throw new AuthError('FORBIDDEN', `This needs one of the roles ${['OWNER', ...roles].join(', ')}.`);
  }
  return principal as OperatorPrincipal;
}

export function requirePlatformAdmin(ctx: BaseContext): Principal {
  const principal = requirePrincipal(ctx);
  if (principal.kind !== 'operator' || !principal.platformAdmin)
    throw new AuthError('FORBIDDEN', 'This needs a platform administrator.');
  return principal;
}

/** A partner key (or any principal) holding `scope` within its tenant. */
export function requireScope(ctx: BaseContext, scope: string): Principal {
  const principal = requirePrincipal(ctx);
  if (principal.kind === 'partner' && !principal.scopes.includes(scope)) {
    throw new AuthError('FORBIDDEN', `This API key lacks the "${scope}" scope.`);
  }
  return principal;
}
