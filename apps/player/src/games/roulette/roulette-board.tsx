'use client';

import type { CSSProperties } from 'react';
import { formatMoney } from '@casinox/web';
import { BOARD_SPOTS, type BoardSpot, cellOf, numberColour } from './roulette-layout';

const COLUMNS = 13; // the zero column and twelve streets
const ROWS = 3;

const CELL_COLOUR = { RED: 'bg-red-700', BLACK: 'bg-neutral-900', GREEN: 'bg-green-700' } as const;

interface Props {
  /** Minor units staked on each spot (by spot id). */
  stakes: ReadonlyMap<string, bigint>;
  /** The spots that won the last spin, and the pocket. */
  winningSpots: ReadonlySet<string>;
  pocket: number | null;
  asset: { code: string; scale: number };
  disabled: boolean;
  onPlace: (spot: BoardSpot) => void;
}

function Chip({ amount, asset }: { amount: bigint; asset: { code: string; scale: number } }) {
  const text = formatMoney(amount.toString(), asset.scale, '').trim();
  return (
    <span
      className="pointer-events-none flex h-6 min-w-6 items-center justify-center rounded-full border-2 border-dashed border-white bg-amber-500 px-1 text-[9px] font-black text-black shadow-md"
      aria-hidden="true"
    >
      {text}
    </span>
  );
}

function stakeLabel(spot: BoardSpot, amount: bigint | undefined, asset: { code: string; scale: number }): string {
  return amount ? `${spot.label}, ${formatMoney(amount.toString(), asset.scale, asset.code)} on it` : spot.label;
}

/**
 * The betting board. Number cells take straight bets; small targets on the lines between them take
 * splits, corners, streets (bottom edge) and lines; the boxes around take dozens, columns and the
 * even chances. Every target is a button named after its bet ("Split 1 and 2").
 */
export function RouletteBoard({ stakes, winningSpots, pocket, asset, disabled, onPlace }: Props) {
  const straights = BOARD_SPOTS.filter((s) => s.kind === 'STRAIGHT');
  const edges = BOARD_SPOTS.filter((s) => s.kind !== 'STRAIGHT' && s.x !== undefined);
  const outside = (kind: string) => BOARD_SPOTS.filter((s) => s.kind === kind);
  const ring = (spot: BoardSpot) => (winningSpots.has(spot.id) ? 'ring-4 ring-amber-300 ring-inset' : '');

  const outsideButton = (spot: BoardSpot, text: string, className: string, style?: CSSProperties) => (
    <button
      key={spot.id}
      type="button"
      disabled={disabled}
      onClick={() => onPlace(spot)}
      aria-label={stakeLabel(spot, stakes.get(spot.id), asset)}
      className={`relative flex items-center justify-center border border-white/40 px-1 py-2 text-xs font-bold text-white hover:brightness-125 disabled:cursor-not-allowed ${className} ${ring(spot)}`}
      style={style}
    >
      {text}
      {stakes.get(spot.id) ? (
        <span className="absolute right-0.5 top-0.5">
          <Chip amount={stakes.get(spot.id)!} asset={asset} />
        </span>
      ) : null}
    </button>
  );

  return (
    <div className="select-none overflow-x-auto">
      <div
        className="grid min-w-[40rem] gap-0 rounded-lg bg-emerald-800 p-2"
        style={{ gridTemplateColumns: `repeat(14, minmax(0, 1fr))` }}
      >
        {/* Numbers, with the inside-bet targets laid over them. */}
        <div className="relative" style={{ gridColumn: '1 / span 13', gridRow: '1 / span 3' }}>
          <div
            className="grid h-full"
            style={{
              gridTemplateColumns: `repeat(${COLUMNS}, minmax(0, 1fr))`,
              gridTemplateRows: `repeat(${ROWS}, 2.75rem)`,
            }}
          >
            {straights.map((spot) => {
              const n = spot.numbers![0]!;
              const cell = n === 0 ? { x: 0, y: 0 } : cellOf(n);
              const amount = stakes.get(spot.id);
              return (
                <button
                  key={spot.id}
                  type="button"
                  disabled={disabled}
                  onClick={() => onPlace(spot)}
                  aria-label={stakeLabel(spot, amount, asset)}
                  className={`relative flex items-center justify-center border border-white/40 text-sm font-bold text-white hover:brightness-125 disabled:cursor-not-allowed ${CELL_COLOUR[numberColour(n)]} ${pocket === n ? 'ring-4 ring-amber-300 ring-inset' : ''} ${n === 0 ? 'rounded-l-md' : ''}`}
                  style={{ gridColumn: `${cell.x + 1}`, gridRow: n === 0 ? '1 / span 3' : `${cell.y + 1}` }}
                >
                  {n}
                  {amount ? (
                    <span className="absolute inset-0 flex items-center justify-center">
                      <Chip amount={amount} asset={asset} />
                    </span>
                  ) : null}
                </button>
              );
            })}
          </div>
          {edges.map((spot) => {
            const amount = stakes.get(spot.id);
            return (
              <button
                key={spot.id}
                type="button"
                disabled={disabled}
                onClick={() => onPlace(spot)}
                aria-label={stakeLabel(spot, amount, asset)}
                title={spot.label}
                className={`absolute z-10 flex h-4 w-4 -translate-x-1/2 -translate-y-1/2 items-center justify-center rounded-full hover:bg-amber-300/70 focus-visible:bg-amber-300/70 disabled:cursor-not-allowed ${winningSpots.has(spot.id) ? 'bg-amber-300/80' : ''}`}
                style={{ left: `${(spot.x! / COLUMNS) * 100}%`, top: `${(spot.y! / ROWS) * 100}%` }}
              >
                {amount ? <Chip amount={amount} asset={asset} /> : null}
              </button>
            );
          })}
        </div>
        {/* Columns ("2 to 1") at the end of each row: the top row is column 3. */}
        {outside('COLUMN').map((spot) =>
          outsideButton(spot, '2 to 1', 'bg-emerald-700', { gridColumn: '14', gridRow: `${4 - spot.index!}` }),
        )}
        {/* Dozens, then the even chances. */}
        {outside('DOZEN').map((spot) =>
          outsideButton(spot, `${12 * spot.index! - 11}–${12 * spot.index!}`, 'bg-emerald-700', {
            gridColumn: `${2 + 4 * (spot.index! - 1)} / span 4`,
            gridRow: '4',
          }),
        )}
        {(['LOW', 'EVEN', 'RED', 'BLACK', 'ODD', 'HIGH'] as const).map((kind, i) => {
          const spot = outside(kind)[0]!;
          const text = { LOW: '1–18', EVEN: 'Even', RED: 'Red', BLACK: 'Black', ODD: 'Odd', HIGH: '19–36' }[kind];
          const colour = kind === 'RED' ? 'bg-red-700' : kind === 'BLACK' ? 'bg-neutral-900' : 'bg-emerald-700';
          return outsideButton(spot, text, colour, { gridColumn: `${2 + 2 * i} / span 2`, gridRow: '5' });
        })}
      </div>
    </div>
  );
}
