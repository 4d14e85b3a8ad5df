import type { SlotSymbol } from '../shared/outcomes';

/** Symbols drawn as small SVGs, so they look the same with any font (no emoji needed). */
export function SlotSymbolArt({ symbol }: { symbol: SlotSymbol }) {
  switch (symbol) {
    case 'WILD':
      return (
        <svg viewBox="0 0 40 40" className="h-10 w-10">
          <path
            d="M20 3l5 11 12 1.5-9 8 2.5 12L20 29.5 9.5 35.5 12 23.5l-9-8L15 14z"
            fill="#fff7ed"
            stroke="#7c2d12"
            strokeWidth="2"
          />
          <text x="20" y="25" textAnchor="middle" fontSize="8" fontWeight="900" fill="#7c2d12">
            WILD
          </text>
        </svg>
      );
    case 'SCATTER':
      return (
        <svg viewBox="0 0 40 40" className="h-10 w-10">
          <path d="M20 4l14 12-14 20L6 16z" fill="#f0abfc" stroke="#fff" strokeWidth="2" />
          <path d="M6 16h28M20 4l-5 12 5 20 5-20z" fill="none" stroke="#fff" strokeWidth="1.2" />
        </svg>
      );
    case 'SEVEN':
      return (
        <span className="text-4xl font-black italic leading-none text-white [text-shadow:0_2px_0_#7f1d1d]">7</span>
      );
    case 'BAR':
      return (
        <span className="rounded border-2 border-black bg-white px-1 text-lg font-black leading-tight text-black">
          BAR
        </span>
      );
    case 'BELL':
      return (
        <svg viewBox="0 0 40 40" className="h-10 w-10">
          <path
            d="M20 6c-6 0-9 5-9 11v7l-4 5h26l-4-5v-7c0-6-3-11-9-11z"
            fill="#facc15"
            stroke="#854d0e"
            strokeWidth="2"
          />
          <circle cx="20" cy="32" r="3" fill="#854d0e" />
        </svg>
      );
    case 'PLUM':
      return (
        <svg viewBox="0 0 40 40" className="h-10 w-10">
          <path d="M21 9c2-4 6-5 8-4" stroke="#166534" strokeWidth="2.5" fill="none" />
          <ellipse cx="20" cy="23" rx="11" ry="12" fill="#7c3aed" stroke="#4c1d95" strokeWidth="2" />
          <ellipse cx="16" cy="19" rx="3" ry="4" fill="#c4b5fd" opacity="0.7" />
        </svg>
      );
    case 'LEMON':
      return (
        <svg viewBox="0 0 40 40" className="h-10 w-10">
          <ellipse cx="20" cy="21" rx="14" ry="10" fill="#fde047" stroke="#a16207" strokeWidth="2" />
          <circle cx="5" cy="21" r="2" fill="#a16207" />
          <circle cx="35" cy="21" r="2" fill="#a16207" />
        </svg>
      );
    case 'CHERRY':
      return (
        <svg viewBox="0 0 40 40" className="h-10 w-10">
          <path d="M13 26c2-9 6-15 14-19M27 26c-1-8-1-14 0-19" stroke="#166534" strokeWidth="2.5" fill="none" />
          <circle cx="13" cy="28" r="7" fill="#dc2626" stroke="#7f1d1d" strokeWidth="2" />
          <circle cx="27" cy="28" r="7" fill="#dc2626" stroke="#7f1d1d" strokeWidth="2" />
        </svg>
      );
  }
}
