import type { OperatorRole, Principal } from '@casinox/auth';
import { inTenant } from '@casinox/db';
import { forbidden, notFound, type OperatorPrincipal, CodedError, isUuid, type Page } from '@casinox/graphql';
import { LockMode } from '@mikro-orm/core';
import type { EntityManager, MikroORM } from '@mikro-orm/postgresql';
import type { LoginThrottle } from '../sessions/login-throttle.service.js';
import { revokeOperatorSessions } from '../sessions/session.service.js';
import { revokeStaffAccessTokens } from '../sessions/staff-token-versions.js';
import { findPage } from '../shared/find-page.js';
import { invalidCredentials, isUniqueViolation } from '../shared/identity-errors.js';
import { sha256Hex } from '../shared/opaque-token.js';
import { hashPassword, verifyPassword } from '../shared/passwords.js';
import { Tenant } from '../tenants/tenant.entity.js';
import { normaliseEmail } from '../users/normalise-email.js';
import { User } from '../users/user.entity.js';
import { canManageOperator } from './can-manage-operator.js';
import { decideOperatorChange, type OperatorChange } from './decide-operator-change.js';
import { parseInviteToken } from './invite-token.js';
import { issueInvite, type IssuedInvite } from './issue-invite.js';
import { Operator } from './operator.entity.js';

const scope = (principal: OperatorPrincipal) => ({ tenantId: principal.tenantId, userId: principal.userId });

/** A tenant's staff: invitations, roles, enabling and disabling. Always inside the actor's tenant. */
export class StaffService {
  constructor(
    private readonly orm: MikroORM,
    private readonly throttle: LoginThrottle,
  ) {}

  list(principal: OperatorPrincipal, args: { first: number; after?: string | null }): Promise<Page<Operator>> {
    return inTenant(this.orm.em, scope(principal), (tx) => findPage(tx, Operator, args));
  }

  /**
   * Operators by id as staff of the caller's tenant see them; other tenants' rows (and callers who
   * are not staff) get nothing, which the gateway turns into null.
   */
  async findReferences(principal: Principal | null, ids: string[]): Promise<Map<string, Operator>> {
    const valid = ids.filter(isUuid);
    if (!principal || principal.kind !== 'operator' || !principal.tenantId || valid.length === 0) return new Map();
    const rows = await inTenant(this.orm.em, { tenantId: principal.tenantId, userId: principal.userId }, (tx) =>
      tx.find(Operator, { id: { $in: valid } }),
    );
    return new Map(rows.map((row) => [row.id, row]));
  }

  async invite(
    principal: OperatorPrincipal,
    input: { email: string; displayName: string; role: OperatorRole },
  ): Promise<IssuedInvite> {
    try {
      return await inTenant(this.orm.em, scope(principal), async (tx) => {
        const actor = await currentActor(tx, principal);
        if (!canManageOperator(actor.role, input.role))
          throw forbidden(`A ${actor.role} cannot invite a ${input.role}.`);
        const invitee = await tx.findOne(User, { email: normaliseEmail(input.email) });
        const pending = invitee ? await tx.findOne(Operator, { userId: invitee.id }) : null;
        // Renewing someone's invitation changes their role too, so the old role must be ours to manage.
        if (pending && !canManageOperator(actor.role, pending.role))
          throw forbidden(`A ${actor.role} cannot manage a ${pending.role}.`);
        const tenant = await tx.findOneOrFail(Tenant, { id: principal.tenantId });
        return issueInvite(tx, tenant, input);
      });
    } catch (error) {
      // Two invitations for the same new email at once: the unique indexes decide.
      if (isUniqueViolation(error))
        throw new CodedError('EMAIL_TAKEN', 'This person is already on the staff of this tenant.');
      throw error;
    }
  }

  /**
   * Activates an invitation. A new account gets the password; an existing account must prove
   * itself with its current one (otherwise whoever holds the token could take it over).
   */
  async accept(input: { inviteToken: string; password: string }, clientIp: string): Promise<Operator> {
    const invalid = () => new CodedError('NOT_FOUND', 'This invitation is not valid or has expired.');
    const parsed = parseInviteToken(input.inviteToken.trim());
    if (!parsed) throw invalid();
    const tenant = await this.orm.em.fork().findOne(Tenant, { slug: parsed.tenantSlug });
    if (!tenant) throw invalid();
    const tokenHash = sha256Hex(parsed.secret);
    return inTenant(this.orm.em, { tenantId: tenant.id }, async (tx) => {
      const operator = await tx.findOne(
        Operator,
        { inviteTokenHash: tokenHash, status: 'INVITED' },
        { lockMode: LockMode.PESSIMISTIC_WRITE },
      );
      if (!operator?.inviteExpiresAt || operator.inviteExpiresAt.getTime() <= Date.now()) throw invalid();
      const user = await tx.findOneOrFail(User, { id: operator.userId }, { lockMode: LockMode.PESSIMISTIC_WRITE });
      if (user.passwordHash) {
        await this.throttle.assertLoginAllowed(user.email, clientIp);
        if (!(await verifyPassword(user.passwordHash, input.password))) {
          await this.throttle.loginFailed(user.email, clientIp);
          throw invalidCredentials();
        }
      } else {
        user.passwordHash = await hashPassword(input.password);
      }
      operator.status = 'ACTIVE';
      operator.inviteTokenHash = null;
      operator.inviteExpiresAt = null;
      return operator;
    });
  }

  changeRole(principal: OperatorPrincipal, operatorId: string, role: OperatorRole): Promise<Operator> {
    return this.change(principal, operatorId, { kind: 'role', role });
  }

  disable(principal: OperatorPrincipal, operatorId: string): Promise<Operator> {
    return this.change(principal, operatorId, { kind: 'disable' });
  }

  enable(principal: OperatorPrincipal, operatorId: string): Promise<Operator> {
    return this.change(principal, operatorId, { kind: 'enable' });
  }

  private change(principal: OperatorPrincipal, operatorId: string, change: OperatorChange): Promise<Operator> {
    return inTenant(this.orm.em, scope(principal), async (tx) => {
      // Owners first, in id order, then the target: one lock order for every change, so two
      // concurrent demotions serialise (and count owners correctly) instead of deadlocking.
      const owners = await tx.find(
        Operator,
        { role: 'OWNER', status: 'ACTIVE' },
        { lockMode: LockMode.PESSIMISTIC_WRITE, orderBy: { id: 'asc' } },
      );
      const target = isUuid(operatorId)
        ? await tx.findOne(Operator, { id: operatorId }, { lockMode: LockMode.PESSIMISTIC_WRITE })
        : null;
      if (!target) throw notFound('Operator');
      const actor = await currentActor(tx, principal);
      const decision = decideOperatorChange({
        actor: { operatorId: actor.id, role: actor.role },
        target,
        change,
        activeOwners: owners.length,
      });
      if (!decision.allowed) throw new CodedError(decision.code, decision.message);
      if (change.kind === 'role' && target.role !== change.role) {
        target.role = change.role;
        // Tokens carry the role: the old one must stop working now, not within ten minutes. The
        // sessions go on, and their next refresh carries the new role.
        await revokeStaffAccessTokens(tx, [target.userId]);
      }
      if (change.kind === 'enable' && target.status === 'DISABLED') target.status = 'ACTIVE';
      if (change.kind === 'disable') {
        target.status = 'DISABLED';
        target.inviteTokenHash = null;
        target.inviteExpiresAt = null;
        await revokeOperatorSessions(tx, target);
      }
      return target;
    });
  }
}

/**
 * The actor as the database knows them now: demoting or disabling revokes the tokens at the
 * gateway, but the subgraphs themselves accept a token until it expires (up to ten minutes).
 */
async function currentActor(tx: EntityManager, principal: OperatorPrincipal): Promise<Operator> {
  const actor = await tx.findOne(Operator, { id: principal.operatorId, userId: principal.userId });
  if (!actor || actor.status !== 'ACTIVE') throw forbidden('Your staff membership is no longer active.');
  return actor;
}
