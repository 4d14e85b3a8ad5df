import { Field, ID, ObjectType } from 'type-graphql';
import type { User } from './user.entity.js';

@ObjectType('User', { description: 'A person’s one CasinoX identity, shared by all their memberships.' })
export class UserType {
  @Field(() => ID, { description: 'The user id (the `sub` of their access tokens).' })
  id!: string;

  @Field(() => String, { description: 'Sign-in email address, lower-case.' })
  email!: string;

  @Field(() => String, { description: 'Name shown when no tenant-specific name applies.' })
  displayName!: string;

  @Field(() => Boolean, { description: 'Whether the user administers the platform (creates tenants).' })
  platformAdmin!: boolean;

  @Field(() => Boolean, { description: 'Whether the user has completed TOTP enrolment.' })
  totpEnabled!: boolean;

  @Field(() => Date, { description: 'When the account was created.' })
  createdAt!: Date;

  static from(user: User): UserType {
    return Object.assign(new UserType(), {
      id: user.id,
      email: user.email,
      displayName: user.displayName,
      platformAdmin: user.platformAdmin,
      totpEnabled: user.totpEnabled,
      createdAt: user.createdAt,
    });
  }
}
