import { IsEmail, Length, Matches, MaxLength } from 'class-validator';
import { Field, InputType } from 'type-graphql';
import {
  DISPLAY_NAME_MAX,
  DISPLAY_NAME_MIN,
  EMAIL_MAX,
  PASSWORD_MAX,
  PASSWORD_MIN,
  SLUG_MAX,
  SLUG_MIN,
  SLUG_PATTERN,
  VISIBLE_TEXT,
} from '../shared/validation.js';

const slugMessage = { message: '$property must be a tenant slug (lower-case letters, digits, single hyphens)' };

@InputType('RegisterPlayerInput', { description: 'A new player account at one tenant.' })
export class RegisterPlayerInput {
  @Field(() => String, { description: 'Slug of the casino to join, e.g. `aurora`.' })
  @Length(SLUG_MIN, SLUG_MAX)
  @Matches(SLUG_PATTERN, slugMessage)
  tenantSlug!: string;

  @Field(() => String, { description: 'Email address (case does not matter).' })
  @IsEmail()
  @MaxLength(EMAIL_MAX)
  email!: string;

  @Field(() => String, {
    description:
      'Password, 10–128 characters. If the email already has a CasinoX account, its current password (joins this casino).',
  })
  @Length(PASSWORD_MIN, PASSWORD_MAX)
  password!: string;

  @Field(() => String, { description: 'Public name, 1–64 characters.' })
  @Length(DISPLAY_NAME_MIN, DISPLAY_NAME_MAX)
  @Matches(VISIBLE_TEXT, { message: '$property must not be blank' })
  displayName!: string;
}

@InputType('LoginPlayerInput', { description: 'A player signing in to one tenant.' })
export class LoginPlayerInput {
  @Field(() => String, { description: 'Slug of the casino, e.g. `aurora`.' })
  @Length(SLUG_MIN, SLUG_MAX)
  @Matches(SLUG_PATTERN, slugMessage)
  tenantSlug!: string;

  @Field(() => String, { description: 'Email address.' })
  @IsEmail()
  @MaxLength(EMAIL_MAX)
  email!: string;

  @Field(() => String, { description: 'Password.' })
  @Length(1, PASSWORD_MAX)
  password!: string;
}
