import { assetMaxAmount, formatMoney, parseMoneyInput } from '@casinox/web';

/**
 * The campaign form as typed (amounts in major units, percentages in %) ↔ the API's
 * `BonusCampaignInput` (minor units, basis points). Every problem is reported at once, keyed by
 * field, so the form can mark each input; the API checks the same rules and stays the authority.
 */

export type CampaignKind = 'NO_DEPOSIT' | 'DEPOSIT_MATCH' | 'RELOAD' | 'CASHBACK' | 'FREE_BETS';
export const CAMPAIGN_KINDS: readonly CampaignKind[] = [
  'NO_DEPOSIT',
  'DEPOSIT_MATCH',
  'RELOAD',
  'CASHBACK',
  'FREE_BETS',
];
export const CAMPAIGN_KIND_LABELS: Record<CampaignKind, string> = {
  NO_DEPOSIT: 'No deposit',
  DEPOSIT_MATCH: 'Deposit match',
  RELOAD: 'Reload',
  CASHBACK: 'Cashback',
  FREE_BETS: 'Free bets',
};
export const BONUS_GAMES = ['DICE', 'LIMBO', 'ROULETTE', 'SLOTS', 'MINES'] as const;

export interface CampaignDraft {
  name: string;
  kind: CampaignKind;
  asset: string;
  amount: string;
  percent: string;
  cap: string;
  minDeposit: string;
  reloadMinDeposit: string;
  cashbackPeriod: 'DAILY' | 'WEEKLY';
  freeBetCount: string;
  freeBetGame: string;
  freeBetStake: string;
  wageringMultiplier: string;
  /** Percent per game; blank means the game does not count. */
  weights: Record<string, string>;
  /** Largest stake per asset while wagering; blank means no limit in that asset. */
  maxBet: Record<string, string>;
  maxCashOut: string;
  expiresInDays: string;
  /** `YYYY-MM-DDTHH:mm` (UTC), blank for open-ended. */
  validUntil: string;
  newPlayersOnly: boolean;
  optInCode: string;
  spendOrder: 'REAL_FIRST' | 'BONUS_FIRST';
}

export interface CampaignInput {
  name: string;
  kind: CampaignKind;
  asset: string;
  amount?: string | null;
  percentBp?: number | null;
  cap?: string | null;
  minDeposit?: string | null;
  reloadMinDeposit?: string | null;
  cashbackPeriod?: 'DAILY' | 'WEEKLY' | null;
  freeBetCount?: number | null;
  freeBetGame?: string | null;
  freeBetStake?: string | null;
  wageringMultiplier: number;
  contributionWeights: { game: string; percent: number }[];
  maxBet: { asset: string; amount: string }[];
  maxCashOut: string | null;
  expiresInDays: number;
  validUntil: string | null;
  newPlayersOnly: boolean;
  optInCode: string | null;
  spendOrder: 'REAL_FIRST' | 'BONUS_FIRST';
}

export type CampaignProblems = Partial<Record<string, string>>;
export type BuildCampaignResult = { ok: true; input: CampaignInput } | { ok: false; problems: CampaignProblems };

export function emptyCampaignDraft(asset: string): CampaignDraft {
  return {
    name: '',
    kind: 'NO_DEPOSIT',
    asset,
    amount: '',
    percent: '100',
    cap: '',
    minDeposit: '',
    reloadMinDeposit: '',
    cashbackPeriod: 'WEEKLY',
    freeBetCount: '',
    freeBetGame: 'DICE',
    freeBetStake: '',
    wageringMultiplier: '10',
    weights: { DICE: '100', LIMBO: '100', ROULETTE: '10', SLOTS: '100', MINES: '100' },
    maxBet: {},
    maxCashOut: '',
    expiresInDays: '7',
    validUntil: '',
    newPlayersOnly: false,
    optInCode: '',
    spendOrder: 'REAL_FIRST',
  };
}

const INTEGER = /^\d+$/;

function wholeNumber(text: string, min: number, max: number): number | null {
  const t = text.trim();
  if (!INTEGER.test(t)) return null;
  const n = Number(t);
  return n >= min && n <= max ? n : null;
}

/** "12.5" % → 1250 bp (two decimals at most). */
export function percentToBasisPoints(text: string): number | null {
  const t = text.trim();
  if (!/^\d+(\.\d{1,2})?$/.test(t)) return null;
  const [whole = '0', fraction = ''] = t.split('.');
  return Number(whole) * 100 + Number(fraction.padEnd(2, '0'));
}

export function buildCampaignInput(
  draft: CampaignDraft,
  rules: { maxWageringMultiplier: number; scaleOf: (asset: string) => number },
): BuildCampaignResult {
  const problems: CampaignProblems = {};
  const scale = rules.scaleOf(draft.asset);
  const money = (field: string, text: string, required: boolean, asset = draft.asset): string | null => {
    if (text.trim() === '') {
      if (required) problems[field] = 'Enter an amount.';
      return null;
    }
    const parsed = parseMoneyInput(text, asset === draft.asset ? scale : rules.scaleOf(asset), assetMaxAmount(asset));
    if (!parsed.ok) {
      problems[field] = parsed.problem;
      return null;
    }
    return parsed.minor;
  };

  const name = draft.name.trim();
  if (name.length < 1 || name.length > 100) problems.name = 'Give a name of 1–100 characters.';

  const multiplier = wholeNumber(draft.wageringMultiplier, 0, 1000);
  if (multiplier === null) problems.wageringMultiplier = 'Enter a whole number.';
  else if (multiplier > rules.maxWageringMultiplier)
    problems.wageringMultiplier = `At most ${rules.maxWageringMultiplier}× (this casino's cap).`;

  const expiresInDays = wholeNumber(draft.expiresInDays, 1, 365);
  if (expiresInDays === null) problems.expiresInDays = 'Enter 1–365 days.';

  const contributionWeights: CampaignInput['contributionWeights'] = [];
  for (const [game, text] of Object.entries(draft.weights)) {
    if (text.trim() === '') continue;
    const percent = wholeNumber(text, 0, 100);
    if (percent === null) problems[`weight.${game}`] = 'Enter 0–100 %.';
    else contributionWeights.push({ game, percent });
  }

  const maxBet: CampaignInput['maxBet'] = [];
  for (const [asset, text] of Object.entries(draft.maxBet)) {
    const amount = money(`maxBet.${asset}`, text, false, asset);
    if (amount) maxBet.push({ asset, amount });
  }

  const maxCashOut = money('maxCashOut', draft.maxCashOut, false);

  let validUntil: string | null = null;
  if (draft.validUntil.trim() !== '') {
    const at = new Date(`${draft.validUntil.trim()}:00Z`);
    if (Number.isNaN(at.getTime())) problems.validUntil = 'Enter a date and time.';
    else validUntil = at.toISOString();
  }

  const optInCode = draft.optInCode.trim();
  if (optInCode !== '' && !/^[A-Za-z0-9_-]{3,32}$/.test(optInCode))
    problems.optInCode = 'Use 3–32 letters, digits, _ or -.';

  const terms: Partial<CampaignInput> = {};
  switch (draft.kind) {
    case 'NO_DEPOSIT':
      terms.amount = money('amount', draft.amount, true);
      break;
    case 'DEPOSIT_MATCH':
    case 'RELOAD':
    case 'CASHBACK': {
      const bp = percentToBasisPoints(draft.percent);
      if (bp === null || bp === 0) problems.percent = 'Enter a percentage above 0, e.g. 100 or 12.5.';
      terms.percentBp = bp;
      terms.cap = money('cap', draft.cap, true);
      if (draft.kind === 'CASHBACK') terms.cashbackPeriod = draft.cashbackPeriod;
      else terms.minDeposit = money('minDeposit', draft.minDeposit, false);
      if (draft.kind === 'RELOAD') terms.reloadMinDeposit = money('reloadMinDeposit', draft.reloadMinDeposit, false);
      break;
    }
    case 'FREE_BETS': {
      const count = wholeNumber(draft.freeBetCount, 1, 1000);
      if (count === null) problems.freeBetCount = 'Enter 1–1000 bets.';
      terms.freeBetCount = count;
      terms.freeBetGame = draft.freeBetGame;
      terms.freeBetStake = money('freeBetStake', draft.freeBetStake, true);
      break;
    }
  }

  if (Object.keys(problems).length > 0) return { ok: false, problems };
  return {
    ok: true,
    input: {
      name,
      kind: draft.kind,
      asset: draft.asset,
      ...terms,
      wageringMultiplier: multiplier as number,
      contributionWeights,
      maxBet,
      maxCashOut,
      expiresInDays: expiresInDays as number,
      validUntil,
      newPlayersOnly: draft.newPlayersOnly,
      optInCode: optInCode === '' ? null : optInCode,
      spendOrder: draft.spendOrder,
    },
  };
}

/** A saved campaign back into the form, to edit it. */
export function draftFromCampaign(
  c: {
    name: string;
    kind: CampaignKind;
    asset: string;
    amount: string | null;
    percentBp: number | null;
    cap: string | null;
    minDeposit: string;
    cashbackPeriod: 'DAILY' | 'WEEKLY' | null;
    freeBetCount: number | null;
    freeBetGame: string | null;
    freeBetStake: string | null;
    wageringMultiplier: number;
    contributionWeights: readonly { game: string; percent: number }[];
    maxBet: readonly { asset: string; amount: string }[];
    maxCashOut: string | null;
    expiresInDays: number;
    validUntil: string | null;
    newPlayersOnly: boolean;
    optInCode: string | null;
    spendOrder: 'REAL_FIRST' | 'BONUS_FIRST';
  },
  scaleOf: (asset: string) => number,
): CampaignDraft {
  const major = (minor: string | null, asset = c.asset) =>
    minor === null || minor === '0'
      ? ''
      : formatMoney(minor, scaleOf(asset), asset).replace(/ .*$/, '').replace(/,/g, '');
  const base = emptyCampaignDraft(c.asset);
  return {
    ...base,
    name: c.name,
    kind: c.kind,
    amount: major(c.amount),
    percent: c.percentBp === null ? base.percent : String(c.percentBp / 100),
    cap: major(c.cap),
    minDeposit: major(c.minDeposit),
    cashbackPeriod: c.cashbackPeriod ?? base.cashbackPeriod,
    freeBetCount: c.freeBetCount === null ? '' : String(c.freeBetCount),
    freeBetGame: c.freeBetGame ?? base.freeBetGame,
    freeBetStake: major(c.freeBetStake),
    wageringMultiplier: String(c.wageringMultiplier),
    weights: Object.fromEntries(
      BONUS_GAMES.map((g) => [g, String(c.contributionWeights.find((w) => w.game === g)?.percent ?? '')]),
    ),
    maxBet: Object.fromEntries(c.maxBet.map((m) => [m.asset, major(m.amount, m.asset)])),
    maxCashOut: major(c.maxCashOut),
    expiresInDays: String(c.expiresInDays),
    validUntil: c.validUntil ? c.validUntil.slice(0, 16) : '',
    newPlayersOnly: c.newPlayersOnly,
    optInCode: c.optInCode ?? '',
    spendOrder: c.spendOrder,
  };
}
