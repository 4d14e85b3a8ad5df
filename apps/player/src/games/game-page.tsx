'use client';

import { DiceGame } from './dice/dice-game';
import { LimboGame } from './limbo/limbo-game';
import { MinesGame } from './mines/mines-game';
import { RouletteGame } from './roulette/roulette-game';
import { SlotsGame } from './slots/slots-game';
import { GAME_BLURBS, type GameCode } from './shared/game-catalogue';
import { GameScreen } from './shared/game-screen';
import { JackpotTickers } from '@/jackpots/jackpot-tickers';

/** A game's page: the shared frame (limits, balance, recent bets) around the game's own play area. */
export function GamePage({ code }: { code: GameCode }) {
  return (
    <>
      <GameScreen code={code} tagline={GAME_BLURBS[code]}>
        {(session) => {
          switch (code) {
            case 'DICE':
              return <DiceGame session={session} />;
            case 'LIMBO':
              return <LimboGame session={session} />;
            case 'ROULETTE':
              return <RouletteGame session={session} />;
            case 'SLOTS':
              return <SlotsGame session={session} />;
            case 'MINES':
              return <MinesGame session={session} />;
          }
        }}
      </GameScreen>
      <div className="mt-8">
        <JackpotTickers game={code} />
      </div>
    </>
  );
}
