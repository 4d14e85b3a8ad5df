import type { Jackpot, JackpotConfig, JackpotType, MustDropTier } from '../domain/index.js';

/** A jackpot row as the service reads it (plain SQL). */
export interface JackpotRow {
  id: string;
  tenant_id: string;
  name: string;
  type: JackpotType;
  status: 'ACTIVE' | 'PAUSED';
  asset: string;
  opt_in: boolean;
  config: Record<string, unknown>;
  created_at: Date;
}

/** A tier row; `drop_server_seed` and `drop_value` are secret and never mapped to the graph. */
export interface TierRow {
  jackpot_id: string;
  code: string;
  position: number;
  pool: string;
  seeding: number;
  drop_commitment: string | null;
  drop_server_seed: string | null;
  drop_value: string | null;
  /** MUST_DROP: the current seeding's range (null on rows seeded before it was kept: the configuration's). */
  drop_min_value: string | null;
  drop_max_value: string | null;
}

const AMOUNT_FIELDS = ['seedAmount', 'minDropValue', 'maxDropValue'] as const;

/** The validated configuration as JSON: amounts become decimal strings (JSON has no bigint). */
export function configToJson(config: JackpotConfig): Record<string, unknown> {
  return JSON.parse(
    JSON.stringify(config, (_key, value: unknown) => (typeof value === 'bigint' ? value.toString() : value)),
  ) as Record<string, unknown>;
}

/** A stored jackpot back as the domain's type (amounts as bigint again). */
export function jackpotFromRow(row: Pick<JackpotRow, 'id' | 'config'>): Jackpot {
  const config = row.config as Record<string, unknown> & { tiers: Record<string, unknown>[] };
  const tiers = config.tiers.map((tier) => {
    const copy: Record<string, unknown> = { ...tier };
    for (const field of AMOUNT_FIELDS) if (typeof copy[field] === 'string') copy[field] = BigInt(copy[field]);
    return copy;
  });
  return { ...(config as unknown as JackpotConfig), tiers, id: row.id } as unknown as Jackpot;
}

/** The MUST_DROP tier of a configuration, or undefined for other types. */
export function mustDropTier(jackpot: Jackpot, code: string): MustDropTier | undefined {
  return jackpot.type === 'MUST_DROP' ? jackpot.tiers.find((tier) => tier.code === code) : undefined;
}

/** The ledger account holder of a tier's pool (wallet JACKPOT_POOL): `${jackpotId}:${tierCode}`. */
export const poolHolder = (jackpotId: string, tierCode: string) => `${jackpotId}:${tierCode}`;
