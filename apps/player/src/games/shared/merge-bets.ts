/** What merging needs of a bet. */
export interface MergeableBet {
  id: string;
  game: string;
  status: string;
  createdAt: string;
  settledAt: string | null;
  fairness?: { serverSeed: string | null };
}

/** How far along a bet is: a later snapshot of the same bet never loses to an earlier one. */
const PROGRESS: Record<string, number> = { PENDING: 0, OPEN: 1, CASHING: 2, SETTLED: 3, REJECTED: 3 };

function newer<T extends MergeableBet>(a: T, b: T): T {
  const pa = PROGRESS[a.status] ?? 0;
  const pb = PROGRESS[b.status] ?? 0;
  if (pa !== pb) return pa > pb ? a : b;
  // A revealed server seed is never forgotten by an older snapshot.
  if (a.fairness?.serverSeed && !b.fairness?.serverSeed) return a;
  // Same stage (an open round after another reveal): the one that arrived later wins.
  return b;
}

/**
 * The recent-bets list: the queried page plus what arrived since (this screen's own results and the
 * live `myBets` pushes, in arrival order), one row per bet in its latest state, newest first.
 */
export function mergeBets<T extends MergeableBet>(
  page: readonly T[],
  arrived: readonly T[],
  options: { game?: string; limit: number },
): T[] {
  const byId = new Map<string, T>();
  for (const bet of [...page, ...arrived]) {
    if (options.game && bet.game !== options.game) continue;
    const seen = byId.get(bet.id);
    byId.set(bet.id, seen ? newer(seen, bet) : bet);
  }
  return [...byId.values()]
    .sort((a, b) => (a.createdAt < b.createdAt ? 1 : a.createdAt > b.createdAt ? -1 : a.id < b.id ? 1 : -1))
    .slice(0, options.limit);
}
