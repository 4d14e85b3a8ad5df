import { AuthError, type Principal } from '@casinox/auth';
import { type BaseContext, requirePrincipal } from '@casinox/graphql';

/** Any staff session, including a platform administrator's outside every tenant. */
export function requireStaff(ctx: BaseContext): Principal {
  const principal = requirePrincipal(ctx);
  if (principal.kind !== 'operator') throw new AuthError('FORBIDDEN', 'This needs a staff session.');
  return principal;
}
