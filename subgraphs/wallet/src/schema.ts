import 'reflect-metadata';
import { buildFederatedSchema } from '@casinox/graphql';
import { Resolver } from 'type-graphql';
import { PlayerReference } from './references/player.reference.js';
import { TenantReference } from './references/tenant.reference.js';

/** Nothing to resolve yet: the wallet issue adds queries and mutations here. */
@Resolver()
class WalletResolver {}

export function buildWalletSchema() {
  return buildFederatedSchema({ resolvers: [WalletResolver], orphanedTypes: [PlayerReference, TenantReference] });
}
