import { Migration } from '@mikro-orm/migrations';

/**
 * Games applies jackpots on the bet path from `jackpot.rules` / `jackpot.opt-in` events (migration
 * 20261220 onwards). A database that already held jackpots or opt-ins before then has no event for
 * them, so their bets would contribute nothing. This writes the missing events, with the payload
 * jackpot-rules.ts writes (checked by a test), from the stored configuration and status.
 *
 * The tables force row-level security even for their owner; this migration (one transaction) lifts
 * it for its own statements only, to read across tenants, and restores it.
 */
export const REPUBLISH_JACKPOT_EVENTS = [
  `alter table "jackpot"."jackpot" no force row level security;`,
  `alter table "jackpot"."player_opt_in" no force row level security;`,
  `insert into "jackpot"."jackpot_event" (tenant_id, kind, payload, created_at)
   select j.tenant_id, 'jackpot.rules', jsonb_build_object(
       'jackpotId', j.id,
       'type', j.type,
       'active', j.status = 'ACTIVE',
       'asset', j.asset,
       'gameCodes', case when j.config->'scope'->>'kind' = 'GAMES' then j.config->'scope'->'gameCodes' else 'null'::jsonb end,
       'optIn', j.opt_in,
       'contributionBasisPoints', coalesce((j.config->>'contributionBasisPoints')::int, 0),
       'fairnessSlot', case when j.type = 'PROGRESSIVE' then j.config->'fairnessSlot' else 'null'::jsonb end,
       'tiers', (select jsonb_agg(jsonb_build_object(
                   'code', t.tier->>'code',
                   'pool', j.id::text || ':' || (t.tier->>'code'),
                   'shareBasisPoints', (t.tier->>'contributionShareBasisPoints')::int,
                   'hitOneIn', case when j.type = 'PROGRESSIVE' then t.tier->'hitOneIn' else 'null'::jsonb end) order by t.position)
                 from jsonb_array_elements(j.config->'tiers') with ordinality as t(tier, position))),
     now()
     from "jackpot"."jackpot" j
    where not exists (select 1 from "jackpot"."jackpot_event" e where e.kind = 'jackpot.rules' and e.payload->>'jackpotId' = j.id::text);`,
  `insert into "jackpot"."jackpot_event" (tenant_id, kind, payload, created_at)
   select o.tenant_id, 'jackpot.opt-in', jsonb_build_object('jackpotId', o.jackpot_id, 'playerId', o.player_id, 'optedIn', o.opted_in), now()
     from "jackpot"."player_opt_in" o
    where not exists (select 1 from "jackpot"."jackpot_event" e
                       where e.kind = 'jackpot.opt-in' and e.payload->>'jackpotId' = o.jackpot_id::text and e.payload->>'playerId' = o.player_id::text);`,
  `alter table "jackpot"."jackpot" force row level security;`,
  `alter table "jackpot"."player_opt_in" force row level security;`,
];

export class Migration20261225000000RepublishRules extends Migration {
  override up(): void {
    for (const sql of REPUBLISH_JACKPOT_EVENTS) this.addSql(sql);
  }
}
