import {
  ArrayMaxSize,
  ArrayMinSize,
  ArrayUnique,
  IsEmail,
  IsOptional,
  Length,
  Matches,
  MaxLength,
  ValidateNested,
} from 'class-validator';
import { Field, InputType } from 'type-graphql';
import {
  COLOUR_PATTERN,
  CURRENCY_PATTERN,
  DISPLAY_NAME_MAX,
  DISPLAY_NAME_MIN,
  EMAIL_MAX,
  MAX_CURRENCIES,
  SLUG_MAX,
  SLUG_MIN,
  SLUG_PATTERN,
  TENANT_NAME_MAX,
  VISIBLE_TEXT,
} from '../shared/validation.js';

const colour = { message: '$property must be a colour like #1e1033' };

@InputType('TenantBrandingInput', { description: 'A complete branding; it replaces the current one.' })
export class TenantBrandingInput {
  @Field(() => String, { description: 'Main brand colour, #rrggbb.' })
  @Matches(COLOUR_PATTERN, colour)
  primaryColor!: string;

  @Field(() => String, { description: 'Secondary colour, #rrggbb.' })
  @Matches(COLOUR_PATTERN, colour)
  accentColor!: string;

  @Field(() => String, { description: 'Page background colour, #rrggbb.' })
  @Matches(COLOUR_PATTERN, colour)
  backgroundColor!: string;

  @Field(() => String, { description: 'Body text colour, #rrggbb.' })
  @Matches(COLOUR_PATTERN, colour)
  textColor!: string;

  @Field(() => String, { description: 'Word-mark logo text, 1–32 characters.' })
  @Length(1, 32)
  @Matches(VISIBLE_TEXT, { message: '$property must not be blank' })
  logoText!: string;

  @Field(() => String, { nullable: true, description: 'Optional strap line, up to 120 characters.' })
  @IsOptional()
  @MaxLength(120)
  tagline?: string | null;
}

@InputType('UpdateTenantInput', { description: 'Changes to the current tenant; omitted fields stay as they are.' })
export class UpdateTenantInput {
  @Field(() => String, { nullable: true, description: 'New display name, 1–64 characters.' })
  @IsOptional()
  @Length(1, TENANT_NAME_MAX)
  @Matches(VISIBLE_TEXT, { message: '$property must not be blank' })
  name?: string | null;

  @Field(() => [String], {
    nullable: true,
    description: 'New currency codes (upper-case, e.g. EUR, USDC); the first becomes the main currency.',
  })
  @IsOptional()
  @ArrayMinSize(1)
  @ArrayMaxSize(MAX_CURRENCIES)
  @ArrayUnique()
  @Matches(CURRENCY_PATTERN, { each: true, message: 'each of $property must be an upper-case code like EUR or USDC' })
  currencies?: string[] | null;

  @Field(() => TenantBrandingInput, { nullable: true, description: 'New branding (replaces the whole branding).' })
  @IsOptional()
  @ValidateNested()
  branding?: TenantBrandingInput | null;
}

@InputType('CreateTenantInput', { description: 'A new tenant and the invitation for its first OWNER.' })
export class CreateTenantInput {
  @Field(() => String, { description: 'Unique URL name: 3–32 lower-case letters, digits and single hyphens.' })
  @Length(SLUG_MIN, SLUG_MAX)
  @Matches(SLUG_PATTERN, {
    message: '$property must be lower-case letters and digits, optionally joined by single hyphens',
  })
  slug!: string;

  @Field(() => String, { description: 'Display name, 1–64 characters.' })
  @Length(1, TENANT_NAME_MAX)
  @Matches(VISIBLE_TEXT, { message: '$property must not be blank' })
  name!: string;

  @Field(() => [String], { description: 'Currency codes; the first is the main currency.' })
  @ArrayMinSize(1)
  @ArrayMaxSize(MAX_CURRENCIES)
  @ArrayUnique()
  @Matches(CURRENCY_PATTERN, { each: true, message: 'each of $property must be an upper-case code like EUR or USDC' })
  currencies!: string[];

  @Field(() => TenantBrandingInput, { nullable: true, description: 'Branding; a neutral default when omitted.' })
  @IsOptional()
  @ValidateNested()
  branding?: TenantBrandingInput | null;

  @Field(() => String, { description: "The first OWNER's email address." })
  @IsEmail()
  @MaxLength(EMAIL_MAX)
  ownerEmail!: string;

  @Field(() => String, { description: "The first OWNER's display name, 1–64 characters." })
  @Length(DISPLAY_NAME_MIN, DISPLAY_NAME_MAX)
  @Matches(VISIBLE_TEXT, { message: '$property must not be blank' })
  ownerDisplayName!: string;
}
