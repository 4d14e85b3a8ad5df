import { assetMaxAmount, parseMoneyInput } from '@casinox/web';
import { percentToBasisPoints } from '../bonuses/campaign-form';

/**
 * The jackpot form as typed ↔ the API's `CreateJackpotInput`. The four types need different tier
 * terms: PROGRESSIVE and MUST_DROP take a share of bets (contribution, tier shares summing to
 * 100 %), PROGRESSIVE a hit rate, MUST_DROP a drop range above the seed, FIXED a daily draw
 * minute and SPONSORED no seed (the operator funds it).
 */

export type JackpotType = 'FIXED' | 'PROGRESSIVE' | 'SPONSORED' | 'MUST_DROP';
export const JACKPOT_TYPES: readonly JackpotType[] = ['MUST_DROP', 'PROGRESSIVE', 'FIXED', 'SPONSORED'];
export const JACKPOT_TYPE_LABELS: Record<JackpotType, string> = {
  FIXED: 'Fixed (daily draw)',
  PROGRESSIVE: 'Progressive',
  SPONSORED: 'Sponsored (funded by hand)',
  MUST_DROP: 'Must drop (mystery)',
};

export interface TierDraft {
  code: string;
  seed: string;
  /** % of each contribution (PROGRESSIVE, MUST_DROP). */
  share: string;
  /** PROGRESSIVE: 1 in N bets. */
  hitOneIn: string;
  /** MUST_DROP: the drop range, in major units. */
  minDrop: string;
  maxDrop: string;
}

export interface JackpotDraft {
  name: string;
  type: JackpotType;
  asset: string;
  /** % of each qualifying stake (e.g. 1 or 0.5). */
  contribution: string;
  /** Empty: every game. */
  gameCodes: string[];
  optIn: boolean;
  /** FIXED: `HH:MM` UTC. */
  resetTime: string;
  fairnessSlot: string;
  tiers: TierDraft[];
}

export interface JackpotInput {
  name: string;
  type: JackpotType;
  asset: string;
  contributionBasisPoints: number;
  gameCodes: string[] | null;
  optIn: boolean;
  resetMinuteUtc?: number;
  fairnessSlot?: number;
  /** A type's own terms only: the API refuses a field that does not apply to the type. */
  tiers: {
    code: string;
    seedAmount: string;
    contributionShareBasisPoints: number;
    hitOneIn?: number;
    minDropValue?: string;
    maxDropValue?: string;
  }[];
}

export type JackpotProblems = Partial<Record<string, string>>;

export const emptyTier = (code: string): TierDraft => ({
  code,
  seed: '',
  share: '',
  hitOneIn: '',
  minDrop: '',
  maxDrop: '',
});

export function emptyJackpotDraft(asset: string): JackpotDraft {
  return {
    name: '',
    type: 'MUST_DROP',
    asset,
    contribution: '1',
    gameCodes: [],
    optIn: false,
    resetTime: '00:00',
    fairnessSlot: '0',
    tiers: [{ ...emptyTier('MINI'), share: '100' }],
  };
}

export function buildJackpotInput(
  draft: JackpotDraft,
  scale: number,
): { ok: true; input: JackpotInput } | { ok: false; problems: JackpotProblems } {
  const problems: JackpotProblems = {};
  const shared = draft.type === 'PROGRESSIVE' || draft.type === 'MUST_DROP';
  const minor = (field: string, text: string, allowZero = false): string | null => {
    if (allowZero && /^\s*0*(\.0*)?\s*$/.test(text) && text.trim() !== '') return '0';
    const parsed = parseMoneyInput(text, scale, assetMaxAmount(draft.asset));
    if (!parsed.ok) {
      problems[field] = parsed.problem;
      return null;
    }
    return parsed.minor;
  };

  const name = draft.name.trim();
  if (name.length < 1 || name.length > 64) problems.name = 'Give a name of 1–64 characters.';

  let contributionBasisPoints = 0;
  if (shared) {
    const bp = percentToBasisPoints(draft.contribution);
    if (bp === null || bp < 1 || bp > 1000) problems.contribution = 'Enter 0.01–10 % of each stake.';
    else contributionBasisPoints = bp;
  }

  let resetMinuteUtc: number | null = null;
  if (draft.type === 'FIXED') {
    const match = /^(\d{1,2}):(\d{2})$/.exec(draft.resetTime.trim());
    const minutes = match ? Number(match[1]) * 60 + Number(match[2]) : -1;
    if (!match || Number(match[1]) > 23 || Number(match[2]) > 59)
      problems.resetTime = 'Enter a time of day as HH:MM (UTC).';
    else resetMinuteUtc = minutes;
  }

  let fairnessSlot: number | null = null;
  if (draft.type === 'PROGRESSIVE') {
    if (!/^\d+$/.test(draft.fairnessSlot.trim()) || Number(draft.fairnessSlot) > 1_000_000)
      problems.fairnessSlot = 'Enter a slot from 0 to 1,000,000, unique among your progressive jackpots.';
    else fairnessSlot = Number(draft.fairnessSlot);
  }

  if (draft.tiers.length < 1 || draft.tiers.length > 8) problems.tiers = 'Give 1–8 tiers.';
  const codes = new Set<string>();
  let shareSum = 0;
  const tiers: JackpotInput['tiers'] = draft.tiers.map((tier, i) => {
    const code = tier.code.trim().toUpperCase();
    if (!/^[A-Z][A-Z0-9_]{0,15}$/.test(code))
      problems[`tier.${i}.code`] = 'Use 1–16 capitals, digits or _, starting with a letter.';
    else if (codes.has(code)) problems[`tier.${i}.code`] = 'Each tier needs its own code.';
    codes.add(code);
    const seedAmount = draft.type === 'SPONSORED' ? '0' : minor(`tier.${i}.seed`, tier.seed, draft.type !== 'FIXED');
    let share = 0;
    if (shared) {
      const bp = percentToBasisPoints(tier.share);
      if (bp === null) problems[`tier.${i}.share`] = 'Enter a percentage.';
      else share = bp;
      shareSum += share;
    }
    let hitOneIn: number | null = null;
    if (draft.type === 'PROGRESSIVE') {
      const n = Number(tier.hitOneIn.trim());
      if (!/^\d+$/.test(tier.hitOneIn.trim()) || n < 1 || n > 2 ** 32)
        problems[`tier.${i}.hitOneIn`] = 'Enter a whole number from 1 to 4294967296.';
      else hitOneIn = n;
    }
    let minDropValue: string | null = null;
    let maxDropValue: string | null = null;
    if (draft.type === 'MUST_DROP') {
      minDropValue = minor(`tier.${i}.minDrop`, tier.minDrop);
      maxDropValue = minor(`tier.${i}.maxDrop`, tier.maxDrop);
      if (minDropValue && seedAmount && BigInt(minDropValue) <= BigInt(seedAmount))
        problems[`tier.${i}.minDrop`] = 'The lowest drop value must be above the seed.';
      if (minDropValue && maxDropValue && BigInt(maxDropValue) < BigInt(minDropValue))
        problems[`tier.${i}.maxDrop`] = 'The highest drop value must be at least the lowest.';
    }
    return {
      code,
      seedAmount: seedAmount ?? '0',
      contributionShareBasisPoints: share,
      ...(hitOneIn !== null ? { hitOneIn } : {}),
      ...(minDropValue !== null ? { minDropValue } : {}),
      ...(maxDropValue !== null ? { maxDropValue } : {}),
    };
  });
  if (
    shared &&
    draft.tiers.length > 0 &&
    shareSum !== 10_000 &&
    !Object.keys(problems).some((k) => k.endsWith('.share'))
  )
    problems.tiers = 'The tiers’ shares must add up to 100 %.';

  if (Object.keys(problems).length > 0) return { ok: false, problems };
  return {
    ok: true,
    input: {
      name,
      type: draft.type,
      asset: draft.asset,
      contributionBasisPoints,
      gameCodes: draft.gameCodes.length > 0 ? [...draft.gameCodes] : null,
      optIn: draft.optIn,
      ...(resetMinuteUtc !== null ? { resetMinuteUtc } : {}),
      ...(fairnessSlot !== null ? { fairnessSlot } : {}),
      tiers,
    },
  };
}

/** A jackpot as the API shows it, as far as the edit form needs it. */
export interface EditableJackpot {
  name: string;
  type: JackpotType;
  asset: string;
  contributionBasisPoints: number;
  gameCodes: readonly string[] | null;
  optIn: boolean;
  resetMinuteUtc: number | null;
  fairnessSlot: number | null;
  tiers: readonly {
    code: string;
    seedAmount: string;
    contributionShareBasisPoints: number;
    hitOneIn: number | null;
    /** MUST_DROP: the configured range (the next seeding's), which is what an edit changes. */
    nextMinDropValue: string | null;
    nextMaxDropValue: string | null;
  }[];
}

/** Minor units as the form types them (`1050`, scale 2 → `10.5`). */
export function minorToInput(minor: string, scale: number): string {
  if (scale === 0) return minor;
  const digits = minor.padStart(scale + 1, '0');
  const whole = digits.slice(0, -scale);
  const fraction = digits.slice(-scale).replace(/0+$/, '');
  return fraction ? `${whole}.${fraction}` : whole;
}

const percentOf = (basisPoints: number) => String(basisPoints / 100);

/** The form filled with a jackpot's current settings, to edit it. */
export function jackpotToDraft(jackpot: EditableJackpot, scale: number): JackpotDraft {
  const minute = jackpot.resetMinuteUtc ?? 0;
  return {
    name: jackpot.name,
    type: jackpot.type,
    asset: jackpot.asset,
    contribution: percentOf(jackpot.contributionBasisPoints),
    gameCodes: [...(jackpot.gameCodes ?? [])],
    optIn: jackpot.optIn,
    resetTime: `${String(Math.floor(minute / 60)).padStart(2, '0')}:${String(minute % 60).padStart(2, '0')}`,
    fairnessSlot: String(jackpot.fairnessSlot ?? 0),
    tiers: jackpot.tiers.map((tier) => ({
      code: tier.code,
      seed: minorToInput(tier.seedAmount, scale),
      share: percentOf(tier.contributionShareBasisPoints),
      hitOneIn: tier.hitOneIn === null ? '' : String(tier.hitOneIn),
      minDrop: tier.nextMinDropValue === null ? '' : minorToInput(tier.nextMinDropValue, scale),
      maxDrop: tier.nextMaxDropValue === null ? '' : minorToInput(tier.nextMaxDropValue, scale),
    })),
  };
}

/** What `updateJackpot` takes: everything that may change; type, asset, fairness slot and the tier list stay as they are. */
export type JackpotUpdateInput = Omit<JackpotInput, 'type' | 'asset' | 'fairnessSlot'>;

export function buildJackpotUpdate(
  draft: JackpotDraft,
  scale: number,
): { ok: true; input: JackpotUpdateInput } | { ok: false; problems: JackpotProblems } {
  const built = buildJackpotInput(draft, scale);
  if (!built.ok) return built;
  const { type: _type, asset: _asset, fairnessSlot: _slot, ...input } = built.input;
  return { ok: true, input };
}

const API_TIER_FIELDS: Record<string, string> = {
  seedAmount: 'seed',
  contributionShareBasisPoints: 'share',
  hitOneIn: 'hitOneIn',
  minDropValue: 'minDrop',
  maxDropValue: 'maxDrop',
  code: 'code',
};
const API_FIELDS: Record<string, string> = {
  name: 'name',
  contributionBasisPoints: 'contribution',
  resetMinuteUtc: 'resetTime',
  fairnessSlot: 'fairnessSlot',
  tiers: 'tiers',
  scope: 'gameCodes',
  'scope.gameCodes': 'gameCodes',
};

/** The API's field problems (`tiers.1.minDropValue`) on the form's fields (`tier.1.minDrop`); unknown ones under `form`. */
export function problemsFromApi(fields: Readonly<Record<string, readonly string[]>>): JackpotProblems {
  const problems: JackpotProblems = {};
  for (const [field, list] of Object.entries(fields)) {
    const tier = /^tiers\.(\d+)\.(\w+)$/.exec(field);
    const key = tier
      ? API_TIER_FIELDS[tier[2]!]
        ? `tier.${tier[1]}.${API_TIER_FIELDS[tier[2]!]}`
        : 'form'
      : (API_FIELDS[field] ?? 'form');
    const text = list.join('. ');
    problems[key] = problems[key] ? `${problems[key]} ${field}: ${text}` : key === 'form' ? `${field}: ${text}` : text;
  }
  return problems;
}
