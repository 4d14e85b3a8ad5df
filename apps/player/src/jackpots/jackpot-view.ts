/** Pure decisions of the jackpot tickers and the winners' wall. */

export interface JackpotLike {
  id: string;
  gameCodes: readonly string[] | null;
  status: string;
}

/** The jackpots a page shows: on a game's page those for every game or naming the game; in the lobby all. */
export function jackpotsFor<J extends JackpotLike>(jackpots: readonly J[], game: string | null): J[] {
  return jackpots.filter(
    (j) =>
      j.status === 'ACTIVE' &&
      (game === null || j.gameCodes === null || j.gameCodes.length === 0 || j.gameCodes.includes(game)),
  );
}

/** The list with pushed jackpots replacing their older snapshots (a jackpot new to the list is added). */
export function applyJackpotUpdates<J extends { id: string }>(
  list: readonly J[],
  updates: ReadonlyMap<string, J>,
): J[] {
  const known = new Set(list.map((j) => j.id));
  return [...list.map((j) => updates.get(j.id) ?? j), ...[...updates.values()].filter((j) => !known.has(j.id))];
}

export interface WinLike {
  id: string;
  wonAt: string;
}

/** The wall's page and the wins pushed since, newest first, each once, at most `limit`. */
export function mergeWins<W extends WinLike>(page: readonly W[], arrived: readonly W[], limit: number): W[] {
  const byId = new Map<string, W>();
  for (const win of [...page, ...arrived]) byId.set(win.id, win);
  return [...byId.values()].sort((a, b) => b.wonAt.localeCompare(a.wonAt)).slice(0, limit);
}

/** How a must-drop win is checked by hand: the formula of docs/provably-fair (draw-drop-value) with its inputs. */
export function dropProofText(proof: {
  serverSeed: string;
  serverSeedHash: string;
  clientSeed: string;
  nonce: number;
  minDropValue: string;
  maxDropValue: string;
  dropValue: string;
}): string {
  return [
    `SHA-256(serverSeed) = ${proof.serverSeedHash}`,
    `dropValue = ${proof.minDropValue} + int(${proof.maxDropValue} − ${proof.minDropValue} + 1) over HMAC-SHA256(${proof.serverSeed}, "${proof.clientSeed}:${proof.nonce}:round") = ${proof.dropValue}`,
  ].join('\n');
}

/** How long until a draw period closes: "in 3 h 12 min", "in 45 min", "in under a minute", "closing now". */
export function timeUntil(closesAt: string, now: Date): string {
  const ms = new Date(closesAt).getTime() - now.getTime();
  if (!Number.isFinite(ms) || ms <= 0) return 'closing now';
  const minutes = Math.floor(ms / 60_000);
  if (minutes < 1) return 'in under a minute';
  const hours = Math.floor(minutes / 60);
  return hours > 0 ? `in ${hours} h ${minutes % 60} min` : `in ${minutes} min`;
}

/**
 * How a progressive hit is checked once the bet's server seed is revealed: the big-endian word at
 * `byteOffset` of round `round`'s HMAC block, times N, is below 2³².
 */
export function progressiveProofText(proof: {
  round: number;
  byteOffset: number;
  word: number;
  hitOneIn: number;
}): string {
  return `HMAC-SHA256(serverSeed, "clientSeed:nonce:${proof.round}") bytes ${proof.byteOffset}–${proof.byteOffset + 3} = ${proof.word}; ${proof.word} × ${proof.hitOneIn} < 2³² (4294967296): a 1 in ${proof.hitOneIn.toLocaleString('en-US')} hit`;
}
