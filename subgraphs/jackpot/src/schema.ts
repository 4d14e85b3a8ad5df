import 'reflect-metadata';
import { buildFederatedSchema, type ReferenceResolvers } from '@casinox/graphql';
import type { JackpotContext } from './context.js';
import {
  GameJackpotsResolver,
  JackpotDrawResolver,
  JackpotFieldsResolver,
  JackpotResolver,
  JackpotTierResolver,
  TenantJackpotsResolver,
} from './jackpots/jackpot.resolver.js';
import { GameReference } from './references/game.reference.js';
import { PlayerReference } from './references/player.reference.js';
import { TenantReference } from './references/tenant.reference.js';

/**
 * `Tenant.jackpots` resolves only for a caller signed in to that tenant (its players and
 * operators); any other tenant reference resolves to nothing (null). `Game.jackpots` lists the
 * signed-in caller's casino's jackpots (a game reference names no casino).
 */
const referenceResolvers = {
  Tenant: {
    __resolveReference: (reference: { id: string }, ctx: JackpotContext) =>
      ctx.principal?.tenantId && ctx.principal.tenantId === reference.id
        ? Object.assign(new TenantReference(), { id: reference.id })
        : null,
  },
  Game: {
    __resolveReference: (reference: { code: string }) => Object.assign(new GameReference(), { code: reference.code }),
  },
} satisfies ReferenceResolvers;

export function buildJackpotSchema() {
  return buildFederatedSchema(
    {
      resolvers: [
        JackpotResolver,
        JackpotFieldsResolver,
        JackpotTierResolver,
        JackpotDrawResolver,
        TenantJackpotsResolver,
        GameJackpotsResolver,
      ],
      orphanedTypes: [PlayerReference, TenantReference, GameReference],
    },
    referenceResolvers,
  );
}
