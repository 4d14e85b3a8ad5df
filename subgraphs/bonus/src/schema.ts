import 'reflect-metadata';
import { buildFederatedSchema } from '@casinox/graphql';
import { Resolver } from 'type-graphql';
import { PlayerReference } from './references/player.reference.js';
import { TenantReference } from './references/tenant.reference.js';

/** Nothing to resolve yet: the bonus issue adds queries and mutations here. */
@Resolver()
class BonusResolver {}

export function buildBonusSchema() {
  return buildFederatedSchema({ resolvers: [BonusResolver], orphanedTypes: [PlayerReference, TenantReference] });
}
