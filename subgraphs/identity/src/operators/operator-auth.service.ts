import type { Principal } from '@casinox/auth';
import { forbidden, CodedError } from '@casinox/graphql';
import { LockMode } from '@mikro-orm/core';
import type { MikroORM } from '@mikro-orm/postgresql';
import { decodeJwt } from 'jose';
import type { TokenSigner } from '../keys/token-signer.service.js';
import { ACCESS_DENIAL_MESSAGES } from '../sessions/check-access.js';
import type { LoginThrottle } from '../sessions/login-throttle.service.js';
import type { SessionService, SessionSubject } from '../sessions/session.service.js';
import type { SessionTokens } from '../sessions/session.types.js';
import { currentStaffTokenVersion } from '../sessions/staff-token-versions.js';
import { invalidCredentials } from '../shared/identity-errors.js';
import { verifyPassword } from '../shared/passwords.js';
import type { SecretBox } from '../shared/secret-box.js';
import { inMemberScope } from '../shared/tenant-scope.js';
import { Tenant } from '../tenants/tenant.entity.js';
import { normaliseEmail } from '../users/normalise-email.js';
import { User } from '../users/user.entity.js';
import { chooseMembership, type MembershipChoice } from './choose-membership.js';
import { Operator } from './operator.entity.js';
import type { OperatorLoginStep } from './operator.types.js';
import { newTotpSecret, totpUrl, verifyTotpCode } from './totp.js';

export interface LoginChallenge {
  step: OperatorLoginStep;
  challengeToken: string;
  expiresAt: Date;
  totpEnrolment: { secret: string; otpauthUrl: string } | null;
}

export interface OperatorViewerData {
  user: User;
  operator: Operator | null;
  tenant: Tenant | null;
  memberships: Operator[];
}

export interface OperatorSession {
  session: SessionTokens;
  viewer: OperatorViewerData;
}

interface Memberships {
  operators: Operator[];
  tenants: Map<string, Tenant>;
}

/** The TOTP secret's ciphertext is bound to its user row. */
export const totpSealContext = (userId: string) => `totp:${userId}`;

/** Staff sign-in: password, then TOTP (enrolled at the first sign-in), then a session in a tenant. */
export class OperatorAuthService {
  constructor(
    private readonly orm: MikroORM,
    private readonly sessions: SessionService,
    private readonly signer: TokenSigner,
    private readonly throttle: LoginThrottle,
    private readonly totpBox: SecretBox,
  ) {}

  async login(input: { email: string; password: string }, clientIp: string): Promise<LoginChallenge> {
    const email = normaliseEmail(input.email);
    await this.throttle.assertLoginAllowed(email, clientIp);
    const user = await this.orm.em.fork().findOne(User, { email });
    const passwordOk = await verifyPassword(user?.passwordHash, input.password);
    const choice =
      user && passwordOk
        ? chooseMembership(toOptions(await this.memberships(user.id)), null, user.platformAdmin)
        : null;
    // Someone who is nobody's staff gets the same answer as a wrong password: no account oracle.
    if (
      !user ||
      !choice ||
      (choice.kind === 'denied' && (choice.reason === 'NOT_STAFF' || choice.reason === 'FORBIDDEN'))
    ) {
      await this.throttle.loginFailed(email, clientIp);
      throw invalidCredentials();
    }
    if (choice.kind === 'denied') throw denied(choice);
    await this.throttle.loginSucceeded(email);
    const challenge = await this.signer.challenge(user.id);
    if (user.totpEnabled) {
      return {
        step: 'TOTP_REQUIRED',
        challengeToken: challenge.token,
        expiresAt: challenge.expiresAt,
        totpEnrolment: null,
      };
    }
    const secret = await this.pendingTotpSecret(user.id);
    return {
      step: 'TOTP_ENROLMENT_REQUIRED',
      challengeToken: challenge.token,
      expiresAt: challenge.expiresAt,
      totpEnrolment: { secret, otpauthUrl: totpUrl(secret, user.email) },
    };
  }

  /** Checks the code (which completes enrolment the first time) and starts the session. */
  async verifyTotp(input: {
    challengeToken: string;
    code: string;
    tenantId?: string | null;
  }): Promise<OperatorSession> {
    const { userId } = await this.signer.verifyChallenge(input.challengeToken);
    await this.throttle.assertTotpAllowed(userId);
    const accepted = await this.orm.em.fork().transactional(async (tx) => {
      // Locked so that two requests with the same code cannot both get past the replay check.
      const user = await tx.findOne(User, { id: userId }, { lockMode: LockMode.PESSIMISTIC_WRITE });
      if (!user?.totpSecret) return false;
      const secret = this.totpBox.open(user.totpSecret, totpSealContext(user.id));
      const step = verifyTotpCode(secret, input.code, { at: Date.now(), lastStep: user.totpLastStep });
      if (step === null) return false;
      user.totpLastStep = step;
      user.totpEnabled = true;
      return true;
    });
    if (!accepted) {
      await this.throttle.totpFailed(userId);
      throw new CodedError('INVALID_TOTP', 'The code is not correct; check the authenticator app and try again.');
    }
    await this.throttle.totpSucceeded(userId);
    return this.startSession(userId, input.tenantId ?? null, new Date());
  }

  /**
   * A session in another tenant of the same user. It keeps the original sign-in time, so
   * switching back and forth never stretches a staff session beyond 12 hours.
   */
  async switchTenant(principal: Principal, tenantId: string): Promise<OperatorSession> {
    const authTime = decodeJwt(principal.token).auth_time;
    if (typeof authTime !== 'number') throw new CodedError('UNAUTHENTICATED', 'Sign in again to switch tenant.');
    return this.startSession(principal.userId, tenantId, new Date(authTime * 1000));
  }

  async viewer(principal: Principal): Promise<OperatorViewerData> {
    const user = await this.orm.em.fork().findOneOrFail(User, { id: principal.userId });
    const memberships = await this.memberships(user.id);
    const operator = memberships.operators.find((m) => m.id === principal.operatorId) ?? null;
    return {
      user,
      operator,
      tenant: operator ? (memberships.tenants.get(operator.tenantId) ?? null) : null,
      memberships: memberships.operators,
    };
  }

  private async startSession(
    userId: string,
    requestedTenantId: string | null,
    authenticatedAt: Date,
  ): Promise<OperatorSession> {
    // Before the membership is read: a demotion committing in between then leaves this token with
    // the older version, which the gateway refuses, instead of the new version and the old role.
    const tokenVersion = await currentStaffTokenVersion(this.orm.em.fork(), userId);
    const user = await this.orm.em.fork().findOneOrFail(User, { id: userId });
    const memberships = await this.memberships(userId);
    const choice = chooseMembership(toOptions(memberships), requestedTenantId, user.platformAdmin);
    if (choice.kind === 'denied') throw denied(choice);
    const operator =
      choice.kind === 'tenant'
        ? (memberships.operators.find((m) => m.id === choice.membership.operatorId) ?? null)
        : null;
    const subject: SessionSubject = {
      kind: 'operator',
      userId,
      tenantId: operator?.tenantId ?? null,
      operatorId: operator?.id ?? null,
      role: operator?.role ?? null,
      platformAdmin: user.platformAdmin,
      tokenVersion,
    };
    const session = await this.sessions.start(subject, authenticatedAt);
    return {
      session,
      viewer: {
        user,
        operator,
        tenant: operator ? (memberships.tenants.get(operator.tenantId) ?? null) : null,
        memberships: memberships.operators,
      },
    };
  }

  /** The user's own memberships in every tenant (row-level security's own_rows policy). */
  private async memberships(userId: string): Promise<Memberships> {
    const operators = await inMemberScope(this.orm.em, userId, (tx) =>
      tx.find(Operator, { userId }, { filters: { tenant: false }, orderBy: { createdAt: 'asc', id: 'asc' } }),
    );
    const tenantIds = [...new Set(operators.map((o) => o.tenantId))];
    const tenants = tenantIds.length ? await this.orm.em.fork().find(Tenant, { id: { $in: tenantIds } }) : [];
    return { operators, tenants: new Map(tenants.map((t) => [t.id, t])) };
  }

  /** The secret being enrolled: reused across sign-ins until confirmed, so a scanned QR stays valid. */
  private pendingTotpSecret(userId: string): Promise<string> {
    return this.orm.em.fork().transactional(async (tx) => {
      const user = await tx.findOneOrFail(User, { id: userId }, { lockMode: LockMode.PESSIMISTIC_WRITE });
      if (user.totpSecret) return this.totpBox.open(user.totpSecret, totpSealContext(user.id));
      const secret = newTotpSecret();
      user.totpSecret = this.totpBox.seal(secret, totpSealContext(user.id));
      return secret;
    });
  }
}

function toOptions(memberships: Memberships) {
  return memberships.operators.map((operator) => ({
    operatorId: operator.id,
    tenantId: operator.tenantId,
    role: operator.role,
    status: operator.status,
    tenantStatus: memberships.tenants.get(operator.tenantId)?.status ?? 'SUSPENDED',
    createdAt: operator.createdAt,
  }));
}

function denied(choice: Extract<MembershipChoice, { kind: 'denied' }>) {
  if (choice.reason === 'NOT_STAFF' || choice.reason === 'FORBIDDEN')
    return forbidden('You are not on the staff of this tenant.');
  return new CodedError(choice.reason, ACCESS_DENIAL_MESSAGES[choice.reason]);
}
