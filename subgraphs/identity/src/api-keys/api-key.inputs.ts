import { ArrayMaxSize, ArrayMinSize, ArrayUnique, IsIn, Length, Matches } from 'class-validator';
import { Field, InputType } from 'type-graphql';
import { VISIBLE_TEXT } from '../shared/validation.js';
import { API_KEY_SCOPE_NAMES } from './api-key-scopes.js';

@InputType('CreateApiKeyInput', { description: 'A new partner API key for the current tenant.' })
export class CreateApiKeyInput {
  @Field(() => String, { description: 'What the key is for, 1–64 characters.' })
  @Length(1, 64)
  @Matches(VISIBLE_TEXT, { message: '$property must not be blank' })
  name!: string;

  @Field(() => [String], { description: 'Scopes to grant, at least one (see `apiKeyScopes`).' })
  @ArrayMinSize(1)
  @ArrayMaxSize(API_KEY_SCOPE_NAMES.length)
  @ArrayUnique()
  @IsIn([...API_KEY_SCOPE_NAMES], {
    each: true,
    message: `each of $property must be one of ${API_KEY_SCOPE_NAMES.join(', ')}`,
  })
  scopes!: string[];
}
