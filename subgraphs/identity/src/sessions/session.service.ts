import { CodedError } from '@casinox/graphql';
import { AUDIENCES } from '@casinox/auth';
import { inTenant } from '@casinox/db';
import { LockMode } from '@mikro-orm/core';
import type { EntityManager, MikroORM } from '@mikro-orm/postgresql';
import { randomUUID } from 'node:crypto';
import type { TokenSubject } from '../keys/build-access-claims.js';
import type { TokenSigner } from '../keys/token-signer.service.js';
import { Operator } from '../operators/operator.entity.js';
import { Player } from '../players/player.entity.js';
import { randomSecret, sha256Hex } from '../shared/opaque-token.js';
import { NO_TENANT } from '../shared/tenant-scope.js';
import { Tenant } from '../tenants/tenant.entity.js';
import { User } from '../users/user.entity.js';
import { ACCESS_DENIAL_MESSAGES, type AccessDenial, checkOperatorAccess, checkPlayerAccess } from './check-access.js';
import { decideRefresh } from './decide-refresh.js';
import { RefreshToken } from './refresh-token.entity.js';
import type { SessionTokens } from './session.types.js';
import { sessionExpiry } from './session-lifetime.js';
import { currentStaffTokenVersion, revokeStaffAccessTokens } from './staff-token-versions.js';

export type SessionSubject = Extract<TokenSubject, { kind: 'player' | 'operator' }>;

type RefreshOutcome = { tokens: SessionTokens } | { failure: 'UNKNOWN' | 'REUSED' | 'ENDED' | AccessDenial };

/** Refresh-token families: start, rotate (with reuse detection) and end sessions. */
export class SessionService {
  constructor(
    private readonly orm: MikroORM,
    private readonly signer: TokenSigner,
  ) {}

  /**
   * Starts a session (a new refresh-token family). `authenticatedAt` is when the person proved
   * who they are; the session ends a fixed time after it.
   */
  async start(subject: SessionSubject, authenticatedAt = new Date()): Promise<SessionTokens> {
    // Whole seconds, like the `auth_time` claim, so a session carried over by switchTenant ends
    // at exactly the same instant as the one it came from.
    authenticatedAt = new Date(Math.floor(authenticatedAt.getTime() / 1000) * 1000);
    const audience = subject.kind === 'player' ? AUDIENCES.player : AUDIENCES.admin;
    const expiresAt = sessionExpiry(audience, authenticatedAt);
    if (expiresAt.getTime() <= Date.now())
      throw new CodedError('SESSION_EXPIRED', 'The session has ended; sign in again.');
    const refreshToken = newRefreshToken();
    const em = this.orm.em.fork();
    em.create(RefreshToken, {
      familyId: randomUUID(),
      tokenHash: sha256Hex(refreshToken),
      userId: subject.userId,
      tenantId: subject.tenantId,
      audience,
      playerId: subject.kind === 'player' ? subject.playerId : null,
      operatorId: subject.kind === 'operator' ? subject.operatorId : null,
      authenticatedAt,
      expiresAt,
    });
    await em.flush();
    const access = await this.signer.accessToken(await withTokenVersion(em, subject), authenticatedAt);
    return {
      accessToken: access.token,
      accessTokenExpiresAt: access.expiresAt,
      refreshToken,
      refreshTokenExpiresAt: expiresAt,
    };
  }

  /**
   * Uses up a refresh token and returns a new pair. The membership is checked again, so a
   * disabled account or suspended tenant stops here, and an operator's new role takes effect.
   */
  async refresh(refreshToken: string): Promise<SessionTokens> {
    const outcome = await this.rotate(refreshToken);
    if ('tokens' in outcome) return outcome.tokens;
    switch (outcome.failure) {
      case 'UNKNOWN':
        throw new CodedError('UNAUTHENTICATED', 'The refresh token is not valid.');
      case 'REUSED':
        throw new CodedError(
          'REFRESH_TOKEN_REUSED',
          'This refresh token was already used, so the session has been ended for safety. Sign in again.',
        );
      case 'ENDED':
        throw new CodedError('SESSION_EXPIRED', 'The session has ended; sign in again.');
      default:
        throw new CodedError(outcome.failure, ACCESS_DENIAL_MESSAGES[outcome.failure]);
    }
  }

  /**
   * Ends the session the token belongs to (its whole family); a staff session's access tokens stop
   * working at once too. Unknown tokens are ignored.
   */
  async logout(refreshToken: string): Promise<void> {
    await this.orm.em.fork().transactional(async (tx) => {
      const token = await tx.findOne(RefreshToken, { tokenHash: sha256Hex(refreshToken) });
      if (token) await revokeFamily(tx, token, new Date());
    });
  }

  private async rotate(refreshToken: string): Promise<RefreshOutcome> {
    const tokenHash = sha256Hex(refreshToken);
    // The family's tenant never changes, so a lock-free peek tells which tenant to scope to.
    const peek = await this.orm.em.fork().findOne(RefreshToken, { tokenHash });
    if (!peek) return { failure: 'UNKNOWN' };
    const now = new Date();
    // Failures return (not throw) so that a family revocation commits.
    return inTenant(
      this.orm.em,
      { tenantId: peek.tenantId ?? NO_TENANT, userId: peek.userId },
      async (tx): Promise<RefreshOutcome> => {
        // The row lock serialises concurrent refreshes: the second one sees usedAt and counts as reuse.
        const token = await tx.findOneOrFail(RefreshToken, { id: peek.id }, { lockMode: LockMode.PESSIMISTIC_WRITE });
        const decision = decideRefresh(token, now);
        if (decision === 'REUSED') {
          await revokeFamily(tx, token, now);
          return { failure: 'REUSED' };
        }
        if (decision !== 'ROTATE') return { failure: 'ENDED' };
        // The version first, then the membership: a revocation committing in between leaves the token
        // with the older version (refused at once), never the new version with the old role.
        const tokenVersion =
          token.audience === AUDIENCES.admin ? await currentStaffTokenVersion(tx, token.userId) : undefined;
        const subject = await this.currentSubject(tx, token);
        if (typeof subject === 'string') {
          await revokeFamily(tx, token, now);
          return { failure: subject };
        }
        const next = newRefreshToken();
        token.usedAt = now;
        tx.create(RefreshToken, {
          familyId: token.familyId,
          tokenHash: sha256Hex(next),
          parentId: token.id,
          userId: token.userId,
          tenantId: token.tenantId,
          audience: token.audience,
          playerId: token.playerId,
          operatorId: token.operatorId,
          authenticatedAt: token.authenticatedAt,
          expiresAt: token.expiresAt,
        });
        // Signed before commit: if signing fails the old token stays usable.
        const access = await this.signer.accessToken(
          subject.kind === 'operator' ? { ...subject, tokenVersion } : subject,
          token.authenticatedAt,
        );
        return {
          tokens: {
            accessToken: access.token,
            accessTokenExpiresAt: access.expiresAt,
            refreshToken: next,
            refreshTokenExpiresAt: token.expiresAt,
          },
        };
      },
    );
  }

  /** The token subject as of now (role changes apply), or why the session may not continue. */
  private async currentSubject(tx: EntityManager, token: RefreshToken): Promise<SessionSubject | AccessDenial> {
    const tenant = token.tenantId ? await tx.findOne(Tenant, { id: token.tenantId }) : null;
    if (token.audience === AUDIENCES.player) {
      const player = token.playerId ? await tx.findOne(Player, { id: token.playerId, userId: token.userId }) : null;
      const denial = checkPlayerAccess(player, tenant);
      if (denial || !player) return denial ?? 'ACCOUNT_DISABLED';
      return { kind: 'player', userId: token.userId, tenantId: player.tenantId, playerId: player.id };
    }
    const user = await tx.findOneOrFail(User, { id: token.userId });
    const operator = token.operatorId
      ? await tx.findOne(Operator, { id: token.operatorId, userId: token.userId })
      : null;
    if (token.operatorId && !operator) return 'ACCOUNT_DISABLED';
    const denial = checkOperatorAccess(operator, tenant, user.platformAdmin);
    if (denial) return denial;
    return {
      kind: 'operator',
      userId: user.id,
      tenantId: operator?.tenantId ?? null,
      operatorId: operator?.id ?? null,
      role: operator?.role ?? null,
      platformAdmin: user.platformAdmin,
    };
  }
}

/**
 * Ends every session of an operator membership (it was disabled) and revokes the user's staff
 * access tokens at once. Runs in the caller's transaction.
 */
export async function revokeOperatorSessions(
  em: EntityManager,
  operator: { id: string; userId: string },
): Promise<void> {
  await em.nativeUpdate(RefreshToken, { operatorId: operator.id, revokedAt: null }, { revokedAt: new Date() });
  await revokeStaffAccessTokens(em, [operator.userId]);
}

/** Users with a staff session in the tenant that may still mint tokens (refresh_token is global: no tenant scope needed). */
export async function staffWithLiveSessions(em: EntityManager, tenantId: string): Promise<string[]> {
  const rows = await em.find(
    RefreshToken,
    { tenantId, audience: AUDIENCES.admin, revokedAt: null, usedAt: null, expiresAt: { $gt: new Date() } },
    { fields: ['userId'] },
  );
  return [...new Set(rows.map((row) => row.userId))];
}

/** Ends a session (logout, reuse, lost access); for staff, its access tokens stop working at once. */
async function revokeFamily(em: EntityManager, token: RefreshToken, at: Date): Promise<void> {
  await em.nativeUpdate(RefreshToken, { familyId: token.familyId, revokedAt: null }, { revokedAt: at });
  if (token.audience === AUDIENCES.admin) await revokeStaffAccessTokens(em, [token.userId]);
}

/**
 * Staff tokens carry the user's token version; player tokens none (they are not revoked early).
 * A caller that read the membership should have read the version before it (see rotate).
 */
async function withTokenVersion(em: EntityManager, subject: SessionSubject): Promise<SessionSubject> {
  if (subject.kind !== 'operator' || subject.tokenVersion !== undefined) return subject;
  return { ...subject, tokenVersion: await currentStaffTokenVersion(em, subject.userId) };
}

/** `cxr_` marks a refresh token in logs and secret scanners; the rest is 256 random bits. */
const newRefreshToken = () => `cxr_${randomSecret()}`;

/** Deletes token rows a day after their session ended (kept until then for reuse detection). */
export async function sweepRefreshTokens(orm: MikroORM): Promise<void> {
  await orm.em.fork().nativeDelete(RefreshToken, { expiresAt: { $lt: new Date(Date.now() - 24 * 60 * 60 * 1000) } });
}
