import type { OperatorRole } from '@casinox/auth';
import { PageArgs, requireOperator } from '@casinox/graphql';
import { Arg, Args, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { IdentityContext } from '../context.js';
import { SessionType } from '../sessions/session.types.js';
import { requireStaff } from '../shared/require-staff.js';
import { toConnection } from '../shared/to-connection.js';
import { TenantType } from '../tenants/tenant.types.js';
import {
  AcceptOperatorInviteInput,
  InviteOperatorInput,
  OperatorLoginInput,
  OperatorVerifyTotpInput,
} from './operator.inputs.js';
import type { OperatorSession } from './operator-auth.service.js';
import {
  OperatorAuthPayloadType,
  OperatorConnection,
  OperatorInviteType,
  OperatorLoginChallengeType,
  OperatorRoleEnum,
  OperatorType,
  OperatorViewerType,
  toViewerType,
} from './operator.types.js';

const toAuthPayload = ({ session, viewer }: OperatorSession): OperatorAuthPayloadType => ({
  session: SessionType.from(session),
  viewer: toViewerType(viewer),
});
const operatorIdArg = { description: 'The staff member (operator id).' };

@Resolver(() => OperatorType)
export class OperatorResolver {
  @Query(() => OperatorViewerType, {
    description: 'The signed-in staff user: current tenant and role, and every membership for the tenant switcher.',
  })
  async operatorViewer(@Ctx() ctx: IdentityContext): Promise<OperatorViewerType> {
    return toViewerType(await ctx.services.operatorAuth.viewer(requireStaff(ctx)));
  }

  @Query(() => OperatorConnection, { description: 'Staff of the current tenant, oldest first (any staff role).' })
  async operators(@Args(() => PageArgs) page: PageArgs, @Ctx() ctx: IdentityContext): Promise<OperatorConnection> {
    return toConnection(await ctx.services.staff.list(requireOperator(ctx), page), OperatorType.from);
  }

  @Mutation(() => OperatorLoginChallengeType, {
    description:
      'First factor of a staff sign-in. Returns the TOTP challenge (and, at the first sign-in, the enrolment).',
  })
  async operatorLogin(
    @Arg('input', () => OperatorLoginInput, { description: 'Email and password.' }) input: OperatorLoginInput,
    @Ctx() ctx: IdentityContext,
  ): Promise<OperatorLoginChallengeType> {
    return ctx.services.operatorAuth.login(input, ctx.clientIp);
  }

  @Mutation(() => OperatorAuthPayloadType, {
    description: 'Second factor: the TOTP code for a challenge. Starts the staff session.',
  })
  async operatorVerifyTotp(
    @Arg('input', () => OperatorVerifyTotpInput, { description: 'Challenge, code and optionally the tenant.' })
    input: OperatorVerifyTotpInput,
    @Ctx() ctx: IdentityContext,
  ): Promise<OperatorAuthPayloadType> {
    return toAuthPayload(await ctx.services.operatorAuth.verifyTotp(input));
  }

  @Mutation(() => OperatorAuthPayloadType, {
    description: 'A new session acting in another tenant where the user is active staff. Ends no earlier session.',
  })
  async switchTenant(
    @Arg('tenantId', () => ID, { description: 'The tenant to act in.' }) tenantId: string,
    @Ctx() ctx: IdentityContext,
  ): Promise<OperatorAuthPayloadType> {
    return toAuthPayload(await ctx.services.operatorAuth.switchTenant(requireStaff(ctx), tenantId));
  }

  @Mutation(() => OperatorInviteType, {
    description: 'Invites someone to the current tenant’s staff (OWNER or ADMIN; only an OWNER invites OWNERs).',
  })
  async inviteOperator(
    @Arg('input', () => InviteOperatorInput, { description: 'Who and with which role.' }) input: InviteOperatorInput,
    @Ctx() ctx: IdentityContext,
  ): Promise<OperatorInviteType> {
    const invite = await ctx.services.staff.invite(requireOperator(ctx, 'ADMIN'), input);
    return { ...invite, operator: OperatorType.from(invite.operator) };
  }

  @Mutation(() => OperatorType, { description: 'Accepts a staff invitation; then sign in with operatorLogin.' })
  async acceptOperatorInvite(
    @Arg('input', () => AcceptOperatorInviteInput, { description: 'The token and a password.' })
    input: AcceptOperatorInviteInput,
    @Ctx() ctx: IdentityContext,
  ): Promise<OperatorType> {
    return OperatorType.from(await ctx.services.staff.accept(input, ctx.clientIp));
  }

  @Mutation(() => OperatorType, {
    description:
      'Changes a staff member’s role (OWNER or ADMIN). The last active OWNER cannot be demoted. Their access tokens stop working at once (TOKEN_REVOKED); a refresh carries the new role.',
  })
  async changeOperatorRole(
    @Arg('operatorId', () => ID, operatorIdArg) operatorId: string,
    @Arg('role', () => OperatorRoleEnum, { description: 'The new role.' }) role: OperatorRole,
    @Ctx() ctx: IdentityContext,
  ): Promise<OperatorType> {
    return OperatorType.from(await ctx.services.staff.changeRole(requireOperator(ctx, 'ADMIN'), operatorId, role));
  }

  @Mutation(() => OperatorType, {
    description:
      'Disables a staff member and ends their sessions, access tokens included (OWNER or ADMIN). The last active OWNER cannot be disabled.',
  })
  async disableOperator(
    @Arg('operatorId', () => ID, operatorIdArg) operatorId: string,
    @Ctx() ctx: IdentityContext,
  ): Promise<OperatorType> {
    return OperatorType.from(await ctx.services.staff.disable(requireOperator(ctx, 'ADMIN'), operatorId));
  }

  @Mutation(() => OperatorType, { description: 'Re-enables a disabled staff member (OWNER or ADMIN).' })
  async enableOperator(
    @Arg('operatorId', () => ID, operatorIdArg) operatorId: string,
    @Ctx() ctx: IdentityContext,
  ): Promise<OperatorType> {
    return OperatorType.from(await ctx.services.staff.enable(requireOperator(ctx, 'ADMIN'), operatorId));
  }

  @FieldResolver(() => TenantType, { description: 'The tenant of this membership.' })
  async tenant(@Root() operator: OperatorType, @Ctx() ctx: IdentityContext): Promise<TenantType> {
    const tenant = await ctx.loaders.tenants.load(operator.tenantId);
    if (!tenant) throw new Error(`Tenant ${operator.tenantId} of operator ${operator.id} is missing.`);
    return TenantType.from(tenant);
  }

  @FieldResolver(() => String, { description: 'Sign-in email address.' })
  async email(@Root() operator: OperatorType, @Ctx() ctx: IdentityContext): Promise<string> {
    const user = await ctx.loaders.users.load(operator.userId);
    if (!user) throw new Error(`User ${operator.userId} of operator ${operator.id} is missing.`);
    return user.email;
  }
}
