import { formatBetMoney } from './bet-amounts';

/**
 * A bet's params and outcome are JSON whose shape each game documents (docs/provably-fair.md).
 * These turn them into labelled lines an operator reads at a glance. The JSON comes from the API,
 * so every field is checked: anything unexpected is shown as it is, never crashes the page.
 */

export interface BetFact {
  label: string;
  value: string;
  tone?: 'win' | 'loss';
}

export interface BetDescription {
  params: BetFact[];
  outcome: BetFact[];
}

type Json = Record<string, unknown>;

function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function num(value: unknown): number | null {
  return typeof value === 'number' && Number.isFinite(value) ? value : null;
}

function numbers(value: unknown): number[] | null {
  return Array.isArray(value) && value.every((n) => typeof n === 'number' && Number.isFinite(n))
    ? (value as number[])
    : null;
}

function twoDecimals(value: number): string {
  return value.toFixed(2);
}

function resultFact(win: unknown): BetFact[] {
  if (typeof win !== 'boolean') return [];
  return [{ label: 'Result', value: win ? 'Win' : 'Loss', tone: win ? 'win' : 'loss' }];
}

/** Every top-level field as JSON text: the fallback for a game or shape the console does not know. */
function rawFacts(value: unknown): BetFact[] {
  if (!isObject(value)) return value === undefined ? [] : [{ label: 'Value', value: JSON.stringify(value) }];
  return Object.entries(value).map(([label, v]) => ({ label, value: typeof v === 'string' ? v : JSON.stringify(v) }));
}

// ---- Dice -----------------------------------------------------------------------------------

/** Winning rolls out of 10,000 (rolls 0.00–99.99): OVER t wins above t, UNDER t below it. */
export function diceWinChance(target: number, direction: string): number | null {
  const hundredths = Math.round(target * 100);
  if (hundredths < 0 || hundredths > 9999) return null;
  if (direction === 'OVER') return 9999 - hundredths;
  if (direction === 'UNDER') return hundredths;
  return null;
}

function describeDice(params: unknown, outcome: unknown): BetDescription {
  const target = isObject(params) ? num(params.target) : null;
  const direction = isObject(params) ? params.direction : null;
  const paramFacts: BetFact[] = [];
  if (target !== null && (direction === 'OVER' || direction === 'UNDER')) {
    paramFacts.push({ label: 'Bet', value: `Roll ${direction === 'OVER' ? 'over' : 'under'} ${twoDecimals(target)}` });
    const winning = diceWinChance(target, direction);
    if (winning !== null) paramFacts.push({ label: 'Win chance', value: `${(winning / 100).toFixed(2)} %` });
  } else {
    paramFacts.push(...rawFacts(params));
  }
  const roll = isObject(outcome) ? num(outcome.roll) : null;
  const outcomeFacts: BetFact[] =
    roll !== null && isObject(outcome)
      ? [{ label: 'Roll', value: twoDecimals(roll) }, ...resultFact(outcome.win)]
      : rawFacts(outcome);
  return { params: paramFacts, outcome: outcomeFacts };
}

// ---- Limbo ----------------------------------------------------------------------------------

function describeLimbo(params: unknown, outcome: unknown): BetDescription {
  const target = isObject(params) ? num(params.target) : null;
  const result = isObject(outcome) ? num(outcome.result) : null;
  return {
    params: target !== null ? [{ label: 'Target multiplier', value: `${twoDecimals(target)}×` }] : rawFacts(params),
    outcome:
      result !== null && isObject(outcome)
        ? [{ label: 'Drawn multiplier', value: `${twoDecimals(result)}×` }, ...resultFact(outcome.win)]
        : rawFacts(outcome),
  };
}

// ---- Roulette -------------------------------------------------------------------------------

const ORDINAL = ['', '1st', '2nd', '3rd'];
const EVEN_MONEY: Record<string, string> = {
  RED: 'Red',
  BLACK: 'Black',
  ODD: 'Odd',
  EVEN: 'Even',
  LOW: 'Low (1–18)',
  HIGH: 'High (19–36)',
};
const INSIDE: Record<string, string> = {
  STRAIGHT: 'Straight up',
  SPLIT: 'Split',
  STREET: 'Street',
  CORNER: 'Corner',
  LINE: 'Line',
};

/** One roulette bet as a croupier says it: "Split 1, 2", "2nd dozen (13–24)", "Red". */
export function rouletteBetLabel(bet: unknown): string {
  if (!isObject(bet) || typeof bet.kind !== 'string') return JSON.stringify(bet);
  const { kind } = bet;
  if (EVEN_MONEY[kind]) return EVEN_MONEY[kind];
  const covered = numbers(bet.numbers);
  if (INSIDE[kind]) return covered ? `${INSIDE[kind]} ${covered.join(', ')}` : INSIDE[kind];
  const index = num(bet.index);
  if (kind === 'DOZEN' && (index === 1 || index === 2 || index === 3))
    return `${ORDINAL[index]} dozen (${index * 12 - 11}–${index * 12})`;
  if (kind === 'COLUMN' && (index === 1 || index === 2 || index === 3)) return `${ORDINAL[index]} column`;
  return kind;
}

function describeRoulette(params: unknown, outcome: unknown, asset: string): BetDescription {
  const bets = isObject(params) && Array.isArray(params.bets) ? params.bets : null;
  const won = isObject(outcome) ? numbers(outcome.winningBets) : null;
  const paramFacts: BetFact[] = bets
    ? bets.map((bet, i) => {
        const amount =
          isObject(bet) && typeof bet.amount === 'string' && /^\d+$/.test(bet.amount)
            ? formatBetMoney(bet.amount, asset)
            : '?';
        const hit = won?.includes(i);
        return {
          label: `Bet ${i + 1}`,
          value: `${rouletteBetLabel(bet)} — ${amount}${hit ? ' (won)' : ''}`,
          ...(won ? { tone: hit ? ('win' as const) : ('loss' as const) } : {}),
        };
      })
    : rawFacts(params);
  const pocket = isObject(outcome) ? num(outcome.pocket) : null;
  const colour = isObject(outcome) && typeof outcome.colour === 'string' ? outcome.colour.toLowerCase() : null;
  const outcomeFacts: BetFact[] =
    pocket !== null && won
      ? [
          { label: 'Pocket', value: colour ? `${pocket} ${colour}` : String(pocket) },
          {
            label: 'Winning bets',
            value: won.length === 0 ? 'None' : won.map((i) => `Bet ${i + 1}`).join(', '),
            tone: won.length > 0 ? 'win' : 'loss',
          },
        ]
      : rawFacts(outcome);
  return { params: paramFacts, outcome: outcomeFacts };
}

// ---- Slots ----------------------------------------------------------------------------------

const SYMBOL_LABELS: Record<string, string> = {
  WILD: 'Wild',
  SCATTER: 'Scatter',
  SEVEN: 'Seven',
  BAR: 'Bar',
  BELL: 'Bell',
  PLUM: 'Plum',
  LEMON: 'Lemon',
  CHERRY: 'Cherry',
};

export function slotSymbolLabel(symbol: unknown): string {
  return typeof symbol === 'string' ? (SYMBOL_LABELS[symbol] ?? symbol) : '?';
}

/** The reels as rows for a table: `grid[reel][row]` → rows top to bottom, one cell per reel. */
export function slotsRows(outcome: unknown): string[][] | null {
  if (!isObject(outcome) || !Array.isArray(outcome.grid) || outcome.grid.length === 0) return null;
  const reels = outcome.grid;
  if (!reels.every((reel) => Array.isArray(reel) && reel.length === (reels[0] as unknown[]).length)) return null;
  const height = (reels[0] as unknown[]).length;
  return Array.from({ length: height }, (_, row) => reels.map((reel) => slotSymbolLabel((reel as unknown[])[row])));
}

function describeSlots(params: unknown, outcome: unknown): BetDescription {
  const paramFacts: BetFact[] =
    isObject(params) && Object.keys(params).length === 0
      ? [{ label: 'Lines', value: 'Every payline (slots take no parameters)' }]
      : rawFacts(params);
  if (!isObject(outcome) || !Array.isArray(outcome.lineWins)) return { params: paramFacts, outcome: rawFacts(outcome) };
  const facts: BetFact[] = [];
  const stops = numbers(outcome.stops);
  if (stops) facts.push({ label: 'Reel stops', value: stops.join(', ') });
  for (const win of outcome.lineWins) {
    if (!isObject(win)) continue;
    facts.push({
      label: `Line ${String(win.line)}`,
      value: `${String(win.count)} × ${slotSymbolLabel(win.symbol)} — pays ${String(win.pays)}× the line bet`,
      tone: 'win',
    });
  }
  const scatters = num(outcome.scatters);
  const scatterPays = num(outcome.scatterPays) ?? 0;
  if (scatters !== null)
    facts.push({
      label: 'Scatters',
      value: scatterPays > 0 ? `${scatters} — pays ${scatterPays}× the stake` : String(scatters),
      ...(scatterPays > 0 ? { tone: 'win' as const } : {}),
    });
  const win = outcome.lineWins.length > 0 || scatterPays > 0;
  facts.push({ label: 'Result', value: win ? 'Win' : 'Loss', tone: win ? 'win' : 'loss' });
  return { params: paramFacts, outcome: facts };
}

// ---- Mines ----------------------------------------------------------------------------------

export const MINES_TILES = 25;

const MINES_STATUS: Record<string, string> = {
  ACTIVE: 'Round open',
  LOST: 'Hit a mine',
  CASHED_OUT: 'Cashed out',
  CLEARED: 'Cleared every safe tile',
};

export type MinesTile = 'hidden' | 'safe' | 'mine' | 'hit';

/** The 5×5 board, tiles 0–24 left to right and top to bottom: revealed safe tiles, mines once shown, the mine hit. */
export function minesBoard(outcome: unknown): MinesTile[] | null {
  if (!isObject(outcome)) return null;
  const revealed = numbers(outcome.revealed);
  if (!revealed) return null;
  const mines = numbers(outcome.mines) ?? [];
  const hit = outcome.status === 'LOST' ? revealed.at(-1) : undefined;
  return Array.from({ length: MINES_TILES }, (_, tile): MinesTile => {
    if (tile === hit) return 'hit';
    if (mines.includes(tile)) return 'mine';
    if (revealed.includes(tile)) return 'safe';
    return 'hidden';
  });
}

function describeMines(params: unknown, outcome: unknown): BetDescription {
  const count = isObject(params) ? num(params.mines) : null;
  const paramFacts: BetFact[] =
    count !== null ? [{ label: 'Mines', value: `${count} of ${MINES_TILES} tiles` }] : rawFacts(params);
  if (!isObject(outcome) || typeof outcome.status !== 'string' || !numbers(outcome.revealed))
    return { params: paramFacts, outcome: rawFacts(outcome) };
  const revealed = numbers(outcome.revealed)!;
  const mines = numbers(outcome.mines);
  const status = outcome.status;
  const facts: BetFact[] = [
    {
      label: 'Round',
      value: MINES_STATUS[status] ?? status,
      ...(status === 'LOST'
        ? { tone: 'loss' as const }
        : status === 'CASHED_OUT' || status === 'CLEARED'
          ? { tone: 'win' as const }
          : {}),
    },
    { label: 'Tiles revealed', value: revealed.length === 0 ? 'None' : revealed.join(', ') },
    { label: 'Mines at', value: mines ? mines.join(', ') : 'Hidden while the round is open' },
  ];
  if (typeof outcome.multiplier === 'string') facts.push({ label: 'Multiplier', value: `${outcome.multiplier}×` });
  return { params: paramFacts, outcome: facts };
}

/** A bet's params and outcome as labelled lines; `asset` formats amounts inside params (roulette). */
export function describeBet(game: string, params: unknown, outcome: unknown, asset: string): BetDescription {
  switch (game) {
    case 'DICE':
      return describeDice(params, outcome);
    case 'LIMBO':
      return describeLimbo(params, outcome);
    case 'ROULETTE':
      return describeRoulette(params, outcome, asset);
    case 'SLOTS':
      return describeSlots(params, outcome);
    case 'MINES':
      return describeMines(params, outcome);
    default:
      return { params: rawFacts(params), outcome: rawFacts(outcome) };
  }
}

// ---- Verification ---------------------------------------------------------------------------

/** POSIX shell single-quoting: safe for any client seed a player typed. */
export function shellQuote(value: string): string {
  return /^[A-Za-z0-9_.:/=@+-]+$/.test(value) ? value : `'${value.replace(/'/g, `'\\''`)}'`;
}

export interface VerifiableBet {
  game: string;
  variant: string;
  params: unknown;
  fairness: { serverSeed: string | null; serverSeedHash: string; clientSeed: string; nonce: number };
}

const HOUSE_EDGE_GAMES = ['DICE', 'LIMBO', 'MINES'];

/** The repository's independent verifier, as a command that recomputes this bet; null until the server seed is revealed. */
export function verifierCommand(bet: VerifiableBet): string | null {
  const { serverSeed, serverSeedHash, clientSeed, nonce } = bet.fairness;
  if (!serverSeed) return null;
  return [
    'npm run verify -w @casinox/verifier --',
    `--game ${shellQuote(bet.game)}`,
    `--server-seed ${shellQuote(serverSeed)}`,
    `--server-seed-hash ${shellQuote(serverSeedHash)}`,
    `--client-seed ${shellQuote(clientSeed)}`,
    `--nonce ${nonce}`,
    // Only the house-edge games take a variant; roulette and slots have one paytable each.
    ...(HOUSE_EDGE_GAMES.includes(bet.game) ? [`--variant ${shellQuote(bet.variant)}`] : []),
    `--params ${shellQuote(JSON.stringify(bet.params ?? {}))}`,
  ].join(' ');
}
