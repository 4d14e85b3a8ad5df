import { OPERATOR_ROLES, type OperatorRole } from '@casinox/auth';
import { IsEmail, IsIn, IsOptional, IsUUID, Length, Matches, MaxLength } from 'class-validator';
import { Field, ID, InputType } from 'type-graphql';
import {
  DISPLAY_NAME_MAX,
  DISPLAY_NAME_MIN,
  EMAIL_MAX,
  PASSWORD_MAX,
  PASSWORD_MIN,
  TOTP_CODE_PATTERN,
  VISIBLE_TEXT,
} from '../shared/validation.js';
import { OperatorRoleEnum } from './operator.types.js';

@InputType('OperatorLoginInput', { description: 'Staff email and password (the first factor).' })
export class OperatorLoginInput {
  @Field(() => String, { description: 'Sign-in email address.' })
  @IsEmail()
  @MaxLength(EMAIL_MAX)
  email!: string;

  @Field(() => String, { description: 'Password.' })
  @Length(1, PASSWORD_MAX)
  password!: string;
}

@InputType('OperatorVerifyTotpInput', { description: 'The second factor, completing a staff sign-in.' })
export class OperatorVerifyTotpInput {
  @Field(() => String, { description: 'The `challengeToken` from `operatorLogin`.' })
  @Length(1, 4096)
  challengeToken!: string;

  @Field(() => String, { description: 'The 6-digit code from the authenticator app.' })
  @Matches(TOTP_CODE_PATTERN, { message: '$property must be 6 digits' })
  code!: string;

  @Field(() => ID, { nullable: true, description: 'Tenant to act in; the oldest active membership when omitted.' })
  @IsOptional()
  @IsUUID()
  tenantId?: string | null;
}

@InputType('InviteOperatorInput', { description: 'Someone to invite to the current tenant’s staff.' })
export class InviteOperatorInput {
  @Field(() => String, { description: 'Their email address (an existing CasinoX account is reused).' })
  @IsEmail()
  @MaxLength(EMAIL_MAX)
  email!: string;

  @Field(() => String, { description: 'Name shown to colleagues, 1–64 characters.' })
  @Length(DISPLAY_NAME_MIN, DISPLAY_NAME_MAX)
  @Matches(VISIBLE_TEXT, { message: '$property must not be blank' })
  displayName!: string;

  @Field(() => OperatorRoleEnum, { description: 'Role to grant. An ADMIN cannot invite an OWNER.' })
  @IsIn([...OPERATOR_ROLES])
  role!: OperatorRole;
}

@InputType('AcceptOperatorInviteInput', { description: 'Accepting a staff invitation.' })
export class AcceptOperatorInviteInput {
  @Field(() => String, { description: 'The invitation token.' })
  @Length(1, 200)
  inviteToken!: string;

  @Field(() => String, {
    description:
      'A new password (10–128 characters) for a new account, or the current password when the email already has a CasinoX account.',
  })
  @Length(PASSWORD_MIN, PASSWORD_MAX)
  password!: string;
}
