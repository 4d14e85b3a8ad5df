/** What the ticker needs of a big win to order it. */
export interface TickerWin {
  id: string;
  at: string;
}

/** The first page plus live wins, each once, newest first, at most `limit`. */
export function mergeBigWins<T extends TickerWin>(page: readonly T[], live: readonly T[], limit: number): T[] {
  const byId = new Map<string, T>();
  for (const win of [...page, ...live]) byId.set(win.id, win);
  return [...byId.values()].sort((a, b) => (a.at < b.at ? 1 : a.at > b.at ? -1 : 0)).slice(0, limit);
}
