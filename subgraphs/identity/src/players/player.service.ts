import type { Principal } from '@casinox/auth';
import { inTenant } from '@casinox/db';
import {
  notFound,
  type OperatorPrincipal,
  type PlayerPrincipal,
  CodedError,
  cursorTime,
  decodeCursor,
  isUuid,
  type Page,
  toPage,
} from '@casinox/graphql';
import type { MikroORM } from '@mikro-orm/postgresql';
import { ACCESS_DENIAL_MESSAGES, checkPlayerAccess } from '../sessions/check-access.js';
import type { LoginThrottle } from '../sessions/login-throttle.service.js';
import type { SessionService } from '../sessions/session.service.js';
import type { SessionTokens } from '../sessions/session.types.js';
import { invalidCredentials, isUniqueViolation } from '../shared/identity-errors.js';
import { hashPassword, verifyPassword } from '../shared/passwords.js';
import { Tenant } from '../tenants/tenant.entity.js';
import { normaliseEmail } from '../users/normalise-email.js';
import { User } from '../users/user.entity.js';
import { buildPlayerSearch } from './build-player-search.js';
import { Player, type PlayerStatus } from './player.entity.js';

export interface PlayerSession {
  session: SessionTokens;
  player: Player;
}

const emailTaken = () => new CodedError('EMAIL_TAKEN', 'This email is already registered here; sign in instead.');

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
  async register(
    input: { tenantSlug: string; email: string; password: string; displayName: string },
    clientIp: string,
  ): Promise<PlayerSession> {
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
    const session = await this.sessions.start({
      kind: 'player',
      userId: player.userId,
      tenantId: tenant.id,
      playerId: player.id,
    });
    return { session, player };
  }

  async login(
    input: { tenantSlug: string; email: string; password: string },
    clientIp: string,
  ): Promise<PlayerSession> {
    const email = normaliseEmail(input.email);
    await this.throttle.assertLoginAllowed(email, clientIp);
    const tenant = await this.openTenant(input.tenantSlug);
    const user = await this.orm.em.fork().findOne(User, { email });
    const passwordOk = await verifyPassword(user?.passwordHash, input.password);
    // Another tenant's player gets the same answer as a wrong password: tenants do not leak members.
    const player =
      user && passwordOk
        ? await inTenant(this.orm.em, { tenantId: tenant.id, userId: user.id }, (tx) =>
            tx.findOne(Player, { userId: user.id }),
          )
        : null;
    if (!player) {
      await this.throttle.loginFailed(email, clientIp);
      throw invalidCredentials();
    }
    const denial = checkPlayerAccess(player, tenant);
    if (denial) throw new CodedError(denial, ACCESS_DENIAL_MESSAGES[denial]);
    await this.throttle.loginSucceeded(email);
    const session = await this.sessions.start({
      kind: 'player',
      userId: player.userId,
      tenantId: tenant.id,
      playerId: player.id,
    });
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

  /**
   * The operators' player search, newest registrations first: everyone in the operator's tenant
   * (blank text), or players whose display name or email contains the text, or whose id starts
   * with it. Scoped twice: the tenant condition and row-level security on `player` (`user_account`
   * is only reached through a visible player).
   */
  async search(
    principal: OperatorPrincipal,
    text: string | null | undefined,
    page: { first: number; after?: string | null },
  ): Promise<Page<Player>> {
    const search = buildPlayerSearch(text);
    const after = page.after ? decodeCursor(page.after) : null;
    const rows = await inTenant(this.orm.em, { tenantId: principal.tenantId, userId: principal.userId }, (tx) =>
      tx.execute<SearchRow[]>(
        `select p.id, p.tenant_id, p.user_id, p.display_name, p.status, p.created_at, ${cursorTime('p.created_at')} as at
           from identity.player p join identity.user_account u on u.id = p.user_id
          where p.tenant_id = ?
            and (?::text is null or p.display_name ilike ? or u.email ilike ? or (?::text is not null and p.id::text like ?))
            and (?::timestamptz is null or (p.created_at, p.id) < (?::timestamptz, ?::uuid))
          order by p.created_at desc, p.id desc
          limit ?`,
        [
          principal.tenantId,
          search.contains,
          search.contains,
          search.contains,
          search.idPrefix,
          search.idPrefix,
          after?.at ?? null,
          after?.at ?? null,
          after?.id ?? null,
          page.first + 1,
        ],
      ),
    );
    return toPage(
      rows,
      page.first,
      (row) =>
        Object.assign(new Player(), {
          id: row.id,
          tenantId: row.tenant_id,
          userId: row.user_id,
          displayName: row.display_name,
          status: row.status,
          createdAt: new Date(row.created_at),
        }) as Player,
    );
  }

  /** One player of the operator's tenant by id; null for anyone else's (or no such player). */
  async findForOperator(principal: OperatorPrincipal, id: string): Promise<Player | null> {
    if (!isUuid(id)) return null;
    return inTenant(this.orm.em, { tenantId: principal.tenantId, userId: principal.userId }, (tx) =>
      tx.findOne(Player, { id }),
    );
  }

  private async openTenant(slug: string): Promise<Tenant> {
    const tenant = await this.orm.em.fork().findOne(Tenant, { slug });
    if (!tenant) throw new CodedError('TENANT_NOT_FOUND', `There is no casino called "${slug}".`);
    if (tenant.status !== 'ACTIVE') throw new CodedError('TENANT_SUSPENDED', ACCESS_DENIAL_MESSAGES.TENANT_SUSPENDED);
    return tenant;
  }
}

interface SearchRow {
  id: string;
  tenant_id: string;
  user_id: string;
  display_name: string;
  status: PlayerStatus;
  created_at: Date | string;
  at: string;
}
