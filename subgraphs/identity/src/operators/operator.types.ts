import { PageInfo } from '@casinox/graphql';
import { OPERATOR_ROLES, type OperatorRole } from '@casinox/auth';
import { Directive, Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { SessionType } from '../sessions/session.types.js';
import { TenantType } from '../tenants/tenant.types.js';
import { UserType } from '../users/user.types.js';
import type { Tenant } from '../tenants/tenant.entity.js';
import type { User } from '../users/user.entity.js';
import type { Operator, OperatorStatus } from './operator.entity.js';

export const OperatorRoleEnum = Object.fromEntries(OPERATOR_ROLES.map((role) => [role, role])) as {
  [R in OperatorRole]: R;
};
registerEnumType(OperatorRoleEnum, {
  name: 'OperatorRole',
  description: "A staff member's role in one tenant.",
  valuesConfig: {
    OWNER: { description: 'Everything, including managing other OWNERs.' },
    ADMIN: { description: 'Staff (except OWNERs), tenant settings and partner API keys.' },
    FINANCE: { description: 'Money: ledger, deposits, withdrawal approvals, reports.' },
    COMPLIANCE: { description: 'KYC, AML alerts, responsible gambling, the audit trail.' },
    SUPPORT: { description: 'Players: look up, help, read-only money views.' },
  },
});

export const OperatorStatusEnum = { INVITED: 'INVITED', ACTIVE: 'ACTIVE', DISABLED: 'DISABLED' } as const;
registerEnumType(OperatorStatusEnum, {
  name: 'OperatorStatus',
  description: 'Where a staff membership stands.',
  valuesConfig: {
    INVITED: { description: 'Invited; the invitation has not been accepted yet.' },
    ACTIVE: { description: 'Can sign in and work in the tenant.' },
    DISABLED: { description: 'Can no longer sign in to this tenant.' },
  },
});

@ObjectType('Operator', { description: 'A staff member of one tenant (a user’s membership with a role).' })
@Directive('@key(fields: "id")')
export class OperatorType {
  @Field(() => ID, { description: 'The operator id (the `oid` of their access tokens).' })
  id!: string;

  @Field(() => ID, { description: 'The tenant this membership belongs to.' })
  tenantId!: string;

  @Field(() => String, { description: 'Name shown to colleagues.' })
  displayName!: string;

  @Field(() => OperatorRoleEnum, { description: 'Role in the tenant.' })
  role!: OperatorRole;

  @Field(() => OperatorStatusEnum, { description: 'Invited, active or disabled.' })
  status!: OperatorStatus;

  @Field(() => Date, { nullable: true, description: 'When a pending invitation stops working; null once accepted.' })
  inviteExpiresAt!: Date | null;

  @Field(() => Date, { description: 'When the membership was created (invited).' })
  createdAt!: Date;

  /** Not in the graph: the email field resolves through it. */
  userId!: string;

  static from(operator: Operator): OperatorType {
    return Object.assign(new OperatorType(), {
      id: operator.id,
      tenantId: operator.tenantId,
      userId: operator.userId,
      displayName: operator.displayName,
      role: operator.role,
      status: operator.status,
      inviteExpiresAt: operator.status === 'INVITED' ? operator.inviteExpiresAt : null,
      createdAt: operator.createdAt,
    });
  }
}

@ObjectType('OperatorInvite', {
  description: 'An invitation to join a tenant’s staff. Hand the token to the invitee; it works once.',
})
export class OperatorInviteType {
  @Field(() => OperatorType, { description: 'The invited (not yet active) membership.' })
  operator!: OperatorType;

  @Field(() => String, { description: 'One-time token for `acceptOperatorInvite`. Shown only now; stored as a hash.' })
  inviteToken!: string;

  @Field(() => Date, { description: 'When the token stops working (7 days).' })
  expiresAt!: Date;
}

@ObjectType('OperatorEdge', { description: 'A staff member in a list.' })
export class OperatorEdge {
  @Field(() => String, { description: 'Position of this staff member in the list.' })
  cursor!: string;

  @Field(() => OperatorType, { description: 'The staff member.' })
  node!: OperatorType;
}

@ObjectType('OperatorConnection', { description: 'A page of staff members, oldest first.' })
export class OperatorConnection {
  @Field(() => [OperatorEdge], { description: 'The staff members on this page.' })
  edges!: OperatorEdge[];

  @Field(() => PageInfo, { description: 'Where this page sits in the whole list.' })
  pageInfo!: PageInfo;
}

@ObjectType('OperatorViewer', { description: 'The signed-in staff user, as the admin console needs them.' })
export class OperatorViewerType {
  @Field(() => UserType, { description: 'The signed-in user.' })
  user!: UserType;

  @Field(() => Boolean, { description: 'Whether the user administers the platform.' })
  platformAdmin!: boolean;

  @Field(() => OperatorType, {
    nullable: true,
    description: 'The membership this session acts as; null for a platform admin outside any tenant.',
  })
  operator!: OperatorType | null;

  @Field(() => TenantType, {
    nullable: true,
    description: 'The tenant this session acts in; null for a platform admin outside any tenant.',
  })
  tenant!: TenantType | null;

  @Field(() => [OperatorType], {
    description: 'All the user’s staff memberships in every tenant, for the tenant switcher.',
  })
  memberships!: OperatorType[];
}

export const OperatorLoginStepEnum = {
  TOTP_REQUIRED: 'TOTP_REQUIRED',
  TOTP_ENROLMENT_REQUIRED: 'TOTP_ENROLMENT_REQUIRED',
} as const;
export type OperatorLoginStep = keyof typeof OperatorLoginStepEnum;
registerEnumType(OperatorLoginStepEnum, {
  name: 'OperatorLoginStep',
  description: 'What the staff member must do after the password.',
  valuesConfig: {
    TOTP_REQUIRED: { description: 'Enter the current code from the authenticator app.' },
    TOTP_ENROLMENT_REQUIRED: {
      description: 'Add `totpEnrolment` to an authenticator app, then enter its current code.',
    },
  },
});

@ObjectType('TotpEnrolment', { description: 'A TOTP secret to add to an authenticator app (SHA-1, 6 digits, 30 s).' })
export class TotpEnrolmentType {
  @Field(() => String, { description: 'The secret in base32, for typing in by hand.' })
  secret!: string;

  @Field(() => String, { description: 'The `otpauth://` URL to show as a QR code.' })
  otpauthUrl!: string;
}

@ObjectType('OperatorLoginChallenge', { description: 'The password was right; now the second factor.' })
export class OperatorLoginChallengeType {
  @Field(() => OperatorLoginStepEnum, { description: 'What to do next.' })
  step!: OperatorLoginStep;

  @Field(() => String, {
    description: 'Pass to `operatorVerifyTotp` with the code. Valid for 5 minutes; never an access token.',
  })
  challengeToken!: string;

  @Field(() => Date, { description: 'When the challenge token expires.' })
  expiresAt!: Date;

  @Field(() => TotpEnrolmentType, { nullable: true, description: 'Present when the step is TOTP_ENROLMENT_REQUIRED.' })
  totpEnrolment!: TotpEnrolmentType | null;
}

@ObjectType('OperatorAuthPayload', { description: 'A staff session and who it belongs to.' })
export class OperatorAuthPayloadType {
  @Field(() => SessionType, { description: 'Tokens for the admin app (audience casinox:admin).' })
  session!: SessionType;

  @Field(() => OperatorViewerType, { description: 'The signed-in staff user.' })
  viewer!: OperatorViewerType;
}

/** Maps the service's viewer (entities) to the graph type. */
export function toViewerType(viewer: {
  user: User;
  operator: Operator | null;
  tenant: Tenant | null;
  memberships: Operator[];
}): OperatorViewerType {
  return Object.assign(new OperatorViewerType(), {
    user: UserType.from(viewer.user),
    platformAdmin: viewer.user.platformAdmin,
    operator: viewer.operator && OperatorType.from(viewer.operator),
    tenant: viewer.tenant && TenantType.from(viewer.tenant),
    memberships: viewer.memberships.map((m) => OperatorType.from(m)),
  });
}
