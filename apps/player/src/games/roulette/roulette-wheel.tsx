'use client';

import { numberColour, POCKET_DEGREES, WHEEL_ORDER } from './roulette-layout';

const FILL = { RED: '#dc2626', BLACK: '#111827', GREEN: '#16a34a' } as const;

function wedge(index: number, inner: number, outer: number): string {
  const a0 = ((index - 0.5) * POCKET_DEGREES - 90) * (Math.PI / 180);
  const a1 = ((index + 0.5) * POCKET_DEGREES - 90) * (Math.PI / 180);
  const p = (r: number, a: number) => `${(r * Math.cos(a)).toFixed(3)} ${(r * Math.sin(a)).toFixed(3)}`;
  return `M ${p(inner, a0)} L ${p(outer, a0)} A ${outer} ${outer} 0 0 1 ${p(outer, a1)} L ${p(inner, a1)} A ${inner} ${inner} 0 0 0 ${p(inner, a0)} Z`;
}

/**
 * A European wheel. The wheel turns clockwise by `rotation` degrees while the ball runs the other
 * way by `ballRotation`; both end with the winning pocket and the ball under the pointer at the top.
 */
export function RouletteWheel({
  rotation,
  ballRotation,
  spinMs,
  landed,
}: {
  rotation: number;
  ballRotation: number;
  spinMs: number;
  landed: number | null;
}) {
  const transition = `transform ${spinMs}ms cubic-bezier(0.12, 0.8, 0.22, 1)`;
  return (
    <svg viewBox="-100 -100 200 200" className="mx-auto w-full max-w-80" aria-hidden="true">
      <circle r="99" fill="#78350f" />
      <g style={{ transform: `rotate(${rotation}deg)`, transition }}>
        {WHEEL_ORDER.map((pocket, i) => (
          <g key={pocket}>
            <path d={wedge(i, 62, 94)} fill={FILL[numberColour(pocket)]} stroke="#d4a373" strokeWidth="0.6" />
            <text
              x="0"
              y="-83"
              transform={`rotate(${i * POCKET_DEGREES})`}
              textAnchor="middle"
              dominantBaseline="middle"
              fontSize="7"
              fontWeight="700"
              fill="#fff"
            >
              {pocket}
            </text>
          </g>
        ))}
        <circle r="62" fill="#92400e" stroke="#d4a373" strokeWidth="1" />
        {[0, 45, 90, 135].map((a) => (
          <rect key={a} x="-1.5" y="-40" width="3" height="80" rx="1.5" fill="#d4a373" transform={`rotate(${a})`} />
        ))}
        <circle r="10" fill="#d4a373" />
      </g>
      <g style={{ transform: `rotate(${ballRotation}deg)`, transition }}>
        <circle cx="0" cy="-68" r="4" fill="#f8fafc" stroke="#94a3b8" strokeWidth="0.8" />
      </g>
      <path d="M -5 -100 L 5 -100 L 0 -90 Z" fill="#facc15" />
      {landed !== null ? (
        <text x="0" y="1" textAnchor="middle" dominantBaseline="middle" fontSize="18" fontWeight="900" fill="#fff">
          {landed}
        </text>
      ) : null}
    </svg>
  );
}
