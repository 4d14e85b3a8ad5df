'use client';

import Link from 'next/link';
import { FormAlert } from '@casinox/web';
import { useTenant } from '@/tenant/tenant-context';
import { GAME_BLURBS, GAME_MARKS, gamePath } from '@/games/shared/game-catalogue';
import { useGames } from '@/games/shared/use-games';

/** The casino's enabled games as cards, each opening the game's page (signed out too). */
export function GameGrid({ headingLevel = 2 }: { headingLevel?: 1 | 2 }) {
  const { tenant } = useTenant();
  const { games, problem } = useGames();
  const Heading = headingLevel === 1 ? 'h1' : 'h2';

  return (
    <section aria-labelledby="games-heading" className="flex flex-col gap-4">
      <Heading id="games-heading" className={headingLevel === 1 ? 'text-3xl font-extrabold' : 'text-xl font-bold'}>
        Games
      </Heading>
      {!games && problem ? <FormAlert problem={problem} /> : null}
      {!games && !problem ? (
        <p role="status" className="text-sm opacity-75">
          Loading games…
        </p>
      ) : null}
      {games && games.length === 0 ? (
        <div className="rounded-xl border border-dashed border-brand-fg/25 bg-brand-fg/5 px-6 py-12 text-center">
          <p className="text-lg font-semibold">Games are on their way</p>
          <p className="mx-auto mt-2 max-w-md text-sm opacity-75">
            {tenant.name} is getting its game floor ready. Games will appear here as soon as they go live.
          </p>
        </div>
      ) : null}
      {games && games.length > 0 ? (
        <ul className="grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
          {games.map((game) => (
            <li key={game.code}>
              <Link
                href={gamePath(tenant.slug, game.code)}
                aria-labelledby={`game-${game.code}-name`}
                aria-describedby={`game-${game.code}-blurb game-${game.code}-rtp`}
                className="group flex h-full flex-col gap-3 rounded-xl border border-brand-fg/15 bg-gradient-to-br from-brand/25 to-brand-fg/5 p-5 transition hover:-translate-y-0.5 hover:border-brand hover:shadow-lg"
              >
                <div className="flex items-center justify-between">
                  <span
                    aria-hidden="true"
                    className="flex h-12 w-12 items-center justify-center rounded-lg bg-brand text-2xl font-black text-brand-on"
                  >
                    {GAME_MARKS[game.code]}
                  </span>
                  <span
                    id={`game-${game.code}-rtp`}
                    className="rounded-full bg-brand-fg/10 px-2 py-0.5 text-xs font-medium"
                  >
                    RTP {(game.rtp * 100).toFixed(2)} %
                  </span>
                </div>
                <h3 id={`game-${game.code}-name`} className="text-lg font-bold">
                  {game.name}
                </h3>
                <p id={`game-${game.code}-blurb`} className="text-sm opacity-80">
                  {GAME_BLURBS[game.code]}
                </p>
                <span
                  className="mt-auto text-sm font-semibold text-brand-accent group-hover:underline"
                  aria-hidden="true"
                >
                  Play →
                </span>
              </Link>
            </li>
          ))}
        </ul>
      ) : null}
    </section>
  );
}
