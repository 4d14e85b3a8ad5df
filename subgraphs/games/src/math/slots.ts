/**
 * Slots: 5 reels × 3 rows, 10 paylines, a WILD and a SCATTER.
 *
 * Conversion: for reel i = 0…4 in order, stop_i = nextInt(30) (each strip has 30 symbols). Reel i shows
 * strip_i[stop_i], strip_i[(stop_i + 1) mod 30], strip_i[(stop_i + 2) mod 30] in rows 0 (top), 1, 2.
 *
 * Reel strips, one letter per symbol (W WILD, S SCATTER, 7 SEVEN, B BAR, L BELL, P PLUM, E LEMON, C CHERRY):
 *   reel 1  WBECLPCECBES7LPCEPCLCBEPC7LECP
 *   reel 2  WBECLPCECBS7LPECWPCLECBPCE7LCP
 *   reel 3  S7LPECWPCLECBPCE7LCPWBECLPCECB
 *   reel 4  ECBPCE7LCPWBECLPCECBS7LPECWPCL
 *   reel 5  CEPCLCBEPC7LECPWBECLPCECBES7LP
 * (reel 1 and 5 hold 1 WILD, reels 2–4 hold 2; every reel holds exactly 1 SCATTER.)
 *
 * Paylines (row per reel): 1 [1,1,1,1,1]  2 [0,0,0,0,0]  3 [2,2,2,2,2]  4 [0,1,2,1,0]  5 [2,1,0,1,2]
 *   6 [0,0,1,2,2]  7 [2,2,1,0,0]  8 [1,0,0,0,1]  9 [1,2,2,2,1]  10 [1,2,1,0,1]
 *
 * A line pays, in line bets (stake / 10), left to right from reel 1:
 *   - the wild run: w leading WILDs pay WILD[w];
 *   - the symbol run: X is the first non-WILD symbol of the line; n = leading symbols that are X or WILD;
 *     pays X[n] (nothing when X is SCATTER, which WILD does not substitute);
 *   the line pays the larger of the two (only one win per line).
 *                3     4     5
 *   WILD       100   400  2000
 *   SEVEN       40   150   750
 *   BAR         20    75   300
 *   BELL        15    40   150
 *   PLUM         8    20    80
 *   LEMON        5    12    50
 *   CHERRY       5     8    30
 * Scatter: 3 / 4 / 5 SCATTERs anywhere in the window pay 3 / 20 / 200 × the total stake.
 *
 * Multiplier = (Σ line pays) / 10 + scatter pay, exact; payout = floor(stake × multiplier).
 *
 * RTP, computed exactly by `slotsRtp` (each payline reads one row per reel, so its symbols are independent
 * draws from the strips' symbol counts; scatters are counted per reel over all 30 windows):
 *   lines 2,811,241 / 3,037,500 + scatter 353 / 10,000 = 11,673,859 / 12,150,000 ≈ 96.0811%.
 * Max payout: 290× the stake (stops 11 10 0 20 26: five SCATTERs 200 + SEVEN ×5 on line 1 + BELL ×5 on line 3),
 * the highest of all 24,300,000 stop combinations by exhaustive enumeration (slots.rtp.test.ts, opt-in).
 * The same enumeration averages to exactly the RTP above.
 */
import type { FairRng } from '@casinox/fairness';
import type { InstantGameModel, Multiplier, RtpVariant } from './game-model.js';
import { LOSS, multiplier, payoutFor } from './multiplier.js';
import { onlyKeys, paramObject } from './parse-params.js';

export const SLOT_SYMBOLS = ['WILD', 'SCATTER', 'SEVEN', 'BAR', 'BELL', 'PLUM', 'LEMON', 'CHERRY'] as const;
export type SlotSymbol = (typeof SLOT_SYMBOLS)[number];

/** A machine: strips, paylines and pay tables. The game uses SLOTS_MACHINE; tests use small ones. */
export interface SlotMachine {
  /** One strip per reel; reel i shows 3 consecutive symbols (wrapping) from its stop. */
  strips: readonly (readonly SlotSymbol[])[];
  /** Row (0–2) per reel for each payline. */
  paylines: readonly (readonly number[])[];
  /** Line pays in line bets by run length (index = run length; missing/0 = no pay). */
  linePays: Readonly<Partial<Record<Exclude<SlotSymbol, 'SCATTER'>, readonly number[]>>>;
  /** Scatter pays in total stakes by scatter count (index = count). */
  scatterPays: readonly number[];
}

export const SLOTS_ROWS = 3;

const LETTERS: Record<string, SlotSymbol> = {
  W: 'WILD',
  S: 'SCATTER',
  '7': 'SEVEN',
  B: 'BAR',
  L: 'BELL',
  P: 'PLUM',
  E: 'LEMON',
  C: 'CHERRY',
};
const strip = (letters: string): SlotSymbol[] => [...letters].map((l) => LETTERS[l]!);

export const SLOTS_MACHINE: SlotMachine = {
  strips: [
    strip('WBECLPCECBES7LPCEPCLCBEPC7LECP'),
    strip('WBECLPCECBS7LPECWPCLECBPCE7LCP'),
    strip('S7LPECWPCLECBPCE7LCPWBECLPCECB'),
    strip('ECBPCE7LCPWBECLPCECBS7LPECWPCL'),
    strip('CEPCLCBEPC7LECPWBECLPCECBES7LP'),
  ],
  paylines: [
    [1, 1, 1, 1, 1],
    [0, 0, 0, 0, 0],
    [2, 2, 2, 2, 2],
    [0, 1, 2, 1, 0],
    [2, 1, 0, 1, 2],
    [0, 0, 1, 2, 2],
    [2, 2, 1, 0, 0],
    [1, 0, 0, 0, 1],
    [1, 2, 2, 2, 1],
    [1, 2, 1, 0, 1],
  ],
  linePays: {
    WILD: [0, 0, 0, 100, 400, 2000],
    SEVEN: [0, 0, 0, 40, 150, 750],
    BAR: [0, 0, 0, 20, 75, 300],
    BELL: [0, 0, 0, 15, 40, 150],
    PLUM: [0, 0, 0, 8, 20, 80],
    LEMON: [0, 0, 0, 5, 12, 50],
    CHERRY: [0, 0, 0, 5, 8, 30],
  },
  scatterPays: [0, 0, 0, 3, 20, 200],
};

/** The game's highest multiplier over all stop combinations (see the file comment). */
export const SLOTS_MAX_MULTIPLIER: Multiplier = { num: 290n, den: 1n };
export const SLOTS_RTP: Multiplier = { num: 11_673_859n, den: 12_150_000n };

export interface SlotLineWin {
  /** Payline number, 1-based as in the file comment. */
  line: number;
  symbol: SlotSymbol;
  count: number;
  /** In line bets. */
  pays: number;
}

export interface SlotsOutcome {
  stops: number[];
  /** grid[reel][row], row 0 the top. */
  grid: SlotSymbol[][];
  lineWins: SlotLineWin[];
  scatters: number;
  /** In total stakes. */
  scatterPays: number;
}

// eslint-disable-next-line @typescript-eslint/no-empty-object-type -- slots take no params; {} is the normal form.
export type SlotsParams = {};

const payOf = (table: readonly number[] | undefined, count: number) => table?.[count] ?? 0;

/** The win of one payline's symbols (left to right), or undefined. */
export function evaluateLine(
  machine: SlotMachine,
  symbols: readonly SlotSymbol[],
): Omit<SlotLineWin, 'line'> | undefined {
  let wilds = 0;
  while (wilds < symbols.length && symbols[wilds] === 'WILD') wilds += 1;
  const wildPays = payOf(machine.linePays.WILD, wilds);
  const first = symbols.find((s) => s !== 'WILD');
  let run = 0;
  let runPays = 0;
  if (first !== undefined && first !== 'SCATTER') {
    while (run < symbols.length && (symbols[run] === first || symbols[run] === 'WILD')) run += 1;
    runPays = payOf(machine.linePays[first], run);
  }
  if (wildPays === 0 && runPays === 0) return undefined;
  return wildPays > runPays
    ? { symbol: 'WILD', count: wilds, pays: wildPays }
    : { symbol: first!, count: run, pays: runPays };
}

/** Everything a set of stops shows and pays. */
export function evaluateSpin(
  machine: SlotMachine,
  stops: readonly number[],
): Omit<SlotsOutcome, 'stops'> & { multiplier: Multiplier } {
  const grid = machine.strips.map((reel, i) =>
    Array.from({ length: SLOTS_ROWS }, (_, row) => reel[(stops[i]! + row) % reel.length]!),
  );
  const lineWins: SlotLineWin[] = [];
  machine.paylines.forEach((rows, i) => {
    const win = evaluateLine(
      machine,
      rows.map((row, reel) => grid[reel]![row]!),
    );
    if (win) lineWins.push({ line: i + 1, ...win });
  });
  const scatters = grid.flat().filter((s) => s === 'SCATTER').length;
  const scatterPays = payOf(machine.scatterPays, Math.min(scatters, machine.scatterPays.length - 1));
  const lines = BigInt(machine.paylines.length);
  const linePaySum = BigInt(lineWins.reduce((sum, w) => sum + w.pays, 0));
  const total = linePaySum + BigInt(scatterPays) * lines;
  return { grid, lineWins, scatters, scatterPays, multiplier: total === 0n ? LOSS : multiplier(total, lines) };
}

/**
 * The exact RTP of a machine. Every payline reads one row per reel, and a uniform stop makes that cell a
 * uniform draw from the reel's strip, independently per reel: so each line's expected pay is the sum over
 * symbol combinations of Π count_i(symbol_i) × pay / Π length_i, the same for every line. Scatters: per reel,
 * how many of its windows show k scatters, convolved over the reels.
 */
export function slotsRtp(machine: SlotMachine): Multiplier {
  const lengths = machine.strips.map((s) => BigInt(s.length));
  const denominator = lengths.reduce((a, b) => a * b, 1n);
  const counts = machine.strips.map((reel) => {
    const bySymbol = new Map<SlotSymbol, bigint>();
    for (const s of reel) bySymbol.set(s, (bySymbol.get(s) ?? 0n) + 1n);
    return [...bySymbol.entries()];
  });

  let lineSum = 0n;
  const combine = (reel: number, symbols: SlotSymbol[], weight: bigint) => {
    if (reel === counts.length) {
      lineSum += weight * BigInt(evaluateLine(machine, symbols)?.pays ?? 0);
      return;
    }
    for (const [symbol, count] of counts[reel]!) combine(reel + 1, [...symbols, symbol], weight * count);
  };
  combine(0, [], 1n);

  // windowsWith[k] = number of stop combinations showing k scatters, reel by reel.
  let windowsWith: bigint[] = [1n];
  for (const reel of machine.strips) {
    const perReel: bigint[] = [];
    for (let stop = 0; stop < reel.length; stop++) {
      let k = 0;
      for (let row = 0; row < SLOTS_ROWS; row++) if (reel[(stop + row) % reel.length] === 'SCATTER') k += 1;
      perReel[k] = (perReel[k] ?? 0n) + 1n;
    }
    const next: bigint[] = [];
    windowsWith.forEach((a, i) => perReel.forEach((b, j) => (next[i + j] = (next[i + j] ?? 0n) + a * (b ?? 0n))));
    windowsWith = next;
  }
  const scatterSum = windowsWith.reduce(
    (sum, n, k) => sum + (n ?? 0n) * BigInt(payOf(machine.scatterPays, Math.min(k, machine.scatterPays.length - 1))),
    0n,
  );

  return multiplier(lineSum + scatterSum, denominator);
}

const SLOTS_VARIANTS = {
  standard: { rtp: 11_673_859 / 12_150_000, description: '5×3, 10 lines, RTP 11,673,859 / 12,150,000 ≈ 96.08%' },
} as const satisfies Record<string, RtpVariant>;

export const slots: InstantGameModel<SlotsParams, SlotsOutcome> = {
  kind: 'INSTANT',
  code: 'SLOTS',
  name: 'Slots',
  variants: SLOTS_VARIANTS,
  defaultVariant: 'standard',

  parseParams(raw) {
    onlyKeys(paramObject(raw, true), []);
    return {};
  },

  totalStake: (_params, stake) => stake,

  maxMultiplier: () => SLOTS_MAX_MULTIPLIER,

  play(rng: FairRng, _params, stake, variant) {
    if (!Object.hasOwn(SLOTS_VARIANTS, variant)) throw new Error(`Unknown slots variant '${variant}'.`);
    const stops = SLOTS_MACHINE.strips.map((reel) => rng.nextInt(reel.length));
    const { multiplier: m, ...shown } = evaluateSpin(SLOTS_MACHINE, stops);
    return { outcome: { stops, ...shown }, payout: payoutFor(stake, m), multiplier: m };
  },
};
