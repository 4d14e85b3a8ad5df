import { withTenant, withTenantTransaction } from '@casinox/db';
import { CodedError, findAsset } from '@casinox/graphql';
import type pg from 'pg';
import { GAME_MODELS } from '../math/catalogue.js';
import type { GameCode } from '../math/game-model.js';
import { DEFAULT_STAKE_LIMITS, KNOWN_ASSETS } from './default-stake-limits.js';

export interface StakeLimitView {
  asset: string;
  minStake: bigint;
  maxStake: bigint;
  /** True when the tenant set it; false for the platform default. */
  custom: boolean;
}

export interface GameView {
  code: GameCode;
  name: string;
  kind: 'INSTANT' | 'MULTI_STEP';
  enabled: boolean;
  variant: string;
  rtp: number;
  variants: { id: string; rtp: number; description: string }[];
  limits: StakeLimitView[];
}

export interface GameConfigInput {
  game: GameCode;
  enabled: boolean;
  variant?: string | null;
  limits?: { asset: string; minStake: bigint; maxStake: bigint }[] | null;
}

/**
 * The catalogue as one tenant sees it: each game's model with the tenant's choices (enabled,
 * RTP variant, stake limits per asset) over the defaults. Operators change it here.
 */
export class GameConfigService {
  constructor(private readonly pool: pg.Pool) {}

  async catalogue(tenantId: string): Promise<GameView[]> {
    const { configs, limits } = await withTenant(this.pool, tenantId, async (client) => ({
      configs: (
        await client.query<{ game: string; enabled: boolean; variant: string }>(
          'select game, enabled, variant from games.game_config where tenant_id = $1',
          [tenantId],
        )
      ).rows,
      limits: (
        await client.query<{ game: string; asset: string; min_stake: string; max_stake: string }>(
          'select game, asset, min_stake, max_stake from games.stake_limit where tenant_id = $1',
          [tenantId],
        )
      ).rows,
    }));
    return Object.values(GAME_MODELS).map((model) => {
      const config = configs.find((c) => c.game === model.code);
      const variant = config && model.variants[config.variant] ? config.variant : model.defaultVariant;
      const assets = new Set([...KNOWN_ASSETS, ...limits.filter((l) => l.game === model.code).map((l) => l.asset)]);
      return {
        code: model.code,
        name: model.name,
        kind: model.kind,
        enabled: config?.enabled ?? true,
        variant,
        rtp: model.variants[variant]!.rtp,
        variants: Object.entries(model.variants).map(([id, v]) => ({ id, rtp: v.rtp, description: v.description })),
        limits: [...assets].map((asset) => {
          const custom = limits.find((l) => l.game === model.code && l.asset === asset);
          const fallback = DEFAULT_STAKE_LIMITS[asset]!;
          return custom
            ? { asset, minStake: BigInt(custom.min_stake), maxStake: BigInt(custom.max_stake), custom: true }
            : { asset, minStake: fallback.min, maxStake: fallback.max, custom: false };
        }),
      };
    });
  }

  /** Applies an operator's change to one game (all-or-nothing) and returns the game as players now see it. */
  async configure(tenantId: string, operatorId: string, input: GameConfigInput): Promise<GameView> {
    const model = GAME_MODELS[input.game];
    if (!model) throw new CodedError('BAD_USER_INPUT', 'Unknown game.', { field: 'game' });
    // An omitted variant keeps the one in force (switching a game off must not reset its RTP).
    const current = (await this.catalogue(tenantId)).find((game) => game.code === input.game);
    const variant = input.variant ?? current?.variant ?? model.defaultVariant;
    if (!model.variants[variant])
      throw new CodedError('BAD_USER_INPUT', `${model.name} has no variant "${variant.slice(0, 32)}".`, {
        field: 'variant',
      });
    for (const limit of input.limits ?? []) {
      if (!KNOWN_ASSETS.includes(limit.asset))
        throw new CodedError('BAD_USER_INPUT', `Unknown asset ${limit.asset.slice(0, 16)}.`, { field: 'limits' });
      if (limit.minStake <= 0n || limit.maxStake < limit.minStake) {
        throw new CodedError('BAD_USER_INPUT', `Limits for ${limit.asset} need 0 < minStake ≤ maxStake.`, {
          field: 'limits',
        });
      }
      const ceiling = findAsset(limit.asset)!.maxAmount;
      if (limit.maxStake > ceiling) {
        throw new CodedError(
          'BAD_USER_INPUT',
          `maxStake for ${limit.asset} may be at most ${ceiling} (the asset's maximum per money input).`,
          { field: 'limits', maxAmount: ceiling.toString() },
        );
      }
    }
    await withTenantTransaction(this.pool, tenantId, async (client) => {
      await client.query(
        `insert into games.game_config (tenant_id, game, enabled, variant, updated_by, updated_at) values ($1, $2, $3, $4, $5, now())
         on conflict (tenant_id, game) do update set enabled = excluded.enabled, variant = excluded.variant, updated_by = excluded.updated_by, updated_at = now()`,
        [tenantId, input.game, input.enabled, variant, operatorId],
      );
      for (const limit of input.limits ?? []) {
        await client.query(
          `insert into games.stake_limit (tenant_id, game, asset, min_stake, max_stake, updated_at) values ($1, $2, $3, $4, $5, now())
           on conflict (tenant_id, game, asset) do update set min_stake = excluded.min_stake, max_stake = excluded.max_stake, updated_at = now()`,
          [tenantId, input.game, limit.asset, limit.minStake.toString(), limit.maxStake.toString()],
        );
      }
    });
    return (await this.catalogue(tenantId)).find((game) => game.code === input.game)!;
  }
}
