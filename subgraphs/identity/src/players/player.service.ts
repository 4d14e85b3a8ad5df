import type { Principal } from '@casinox/auth';
import { inTenant } from '@casinox/db';
import { notFound, type PlayerPrincipal } from '@casinox/graphql';
import type { MikroORM } from '@mikro-orm/postgresql';
import { ACCESS_DENIAL_MESSAGES, checkPlayerAccess } from '../sessions/check-access.js';
import type { LoginThrottle } from '../sessions/login-throttle.service.js';
import type { SessionService } from '../sessions/session.service.js';
import type { SessionTokens } from '../sessions/session.types.js';
import { isUuid } from '../shared/cursor.js';
import { identityError, invalidCredentials, isUniqueViolation } from '../shared/identity-errors.js';
import { hashPassword, verifyPassword } from '../shared/passwords.js';
import { Tenant } from '../tenants/tenant.entity.js';
import { normaliseEmail } from '../users/normalise-email.js';
import { User } from '../users/user.entity.js';
import { Player } from './player.entity.js';

export interface PlayerSession {
  session: SessionTokens;
  player: Player;
}

const emailTaken = () => identityError('EMAIL_TAKEN', 'This email is already registered here; sign in instead.');

/** Player accounts: registration, sign-in and the player's own view. */
export class PlayerService {
  constructor(
    private readonly orm: MikroORM,
    private readonly sessions: SessionService,
    private readonly throttle: LoginThrottle,
  ) {}

  /**
   * Registers at a tenant. An email without an account gets a new user; an email with one joins
   * this tenant too, but only with that account's password (registration never resets it).
   * Either way nothing is written unless everything succeeds.
   */
  async register(input: { tenantSlug: string; email: string; password: string; displayName: string }, clientIp: string): Promise<PlayerSession> {
    await this.throttle.registrationAttempt(clientIp);
    const tenant = await this.openTenant(input.tenantSlug);
    const email = normaliseEmail(input.email);
    const displayName = input.displayName.trim();
    const existing = await this.orm.em.fork().findOne(User, { email });
    if (existing) {
      // Joining with an existing account checks its password: count that like a sign-in, or
      // registration would be an unthrottled password oracle.
      await this.throttle.assertLoginAllowed(email, clientIp);
      if (!(await verifyPassword(existing.passwordHash, input.password))) {
        await this.throttle.loginFailed(email, clientIp);
        throw emailTaken();
      }
    }
    const passwordHash = existing ? null : await hashPassword(input.password);
    let player: Player;
    try {
      player = await inTenant(this.orm.em, { tenantId: tenant.id, userId: existing?.id }, async (tx) => {
        const user = existing ?? tx.create(User, { email, displayName, passwordHash });
        if (existing && (await tx.count(Player, { userId: existing.id })) > 0) throw emailTaken();
        return tx.create(Player, { tenantId: tenant.id, userId: user.id, displayName });
      });
    } catch (error) {
      // The same email registering twice at once: the unique indexes decide, nothing is half-written.
      if (isUniqueViolation(error)) throw emailTaken();
      throw error;
    }
    const session = await this.sessions.start({ kind: 'player', userId: player.userId, tenantId: tenant.id, playerId: player.id });
    return { session, player };
  }

  async login(input: { tenantSlug: string; email: string; password: string }, clientIp: string): Promise<PlayerSession> {
    const email = normaliseEmail(input.email);
    await this.throttle.assertLoginAllowed(email, clientIp);
    const tenant = await this.openTenant(input.tenantSlug);
    const user = await this.orm.em.fork().findOne(User, { email });
    const passwordOk = await verifyPassword(user?.passwordHash, input.password);
    // Another tenant's player gets the same answer as a wrong password: tenants do not leak members.
    const player =
      user && passwordOk ? await inTenant(this.orm.em, { tenantId: tenant.id, userId: user.id }, (tx) => tx.findOne(Player, { userId: user.id })) : null;
    if (!player) {
      await this.throttle.loginFailed(email, clientIp);
      throw invalidCredentials();
    }
    const denial = checkPlayerAccess(player, tenant);
    if (denial) throw identityError(denial, ACCESS_DENIAL_MESSAGES[denial]);
    await this.throttle.loginSucceeded(email);
    const session = await this.sessions.start({ kind: 'player', userId: player.userId, tenantId: tenant.id, playerId: player.id });
    return { session, player };
  }

  /** The caller's own player row, read inside the token's tenant only. */
  async me(principal: PlayerPrincipal): Promise<Player> {
    const player = await inTenant(this.orm.em, { tenantId: principal.tenantId, userId: principal.userId }, (tx) =>
      tx.findOne(Player, { id: principal.playerId, userId: principal.userId }),
    );
    if (!player) throw notFound('Player');
    return player;
  }

  /**
   * Players by id within the caller's tenant (leaderboards show other players' names); rows of
   * other tenants are invisible. Partner keys need the players:read scope.
   */
  async findReferences(principal: Principal | null, ids: string[]): Promise<Map<string, Player>> {
    const valid = ids.filter(isUuid);
    if (!principal?.tenantId || valid.length === 0) return new Map();
    if (principal.kind === 'partner' && !principal.scopes.includes('players:read')) return new Map();
    const rows = await inTenant(this.orm.em, { tenantId: principal.tenantId, userId: principal.userId }, (tx) =>
      tx.find(Player, { id: { $in: valid } }),
    );
    return new Map(rows.map((row) => [row.id, row]));
  }

  private async openTenant(slug: string): Promise<Tenant> {
    const tenant = await this.orm.em.fork().findOne(Tenant, { slug });
    if (!tenant) throw identityError('TENANT_NOT_FOUND', `There is no casino called "${slug}".`);
    if (tenant.status !== 'ACTIVE') throw identityError('TENANT_SUSPENDED', ACCESS_DENIAL_MESSAGES.TENANT_SUSPENDED);
    return tenant;
  }
}
