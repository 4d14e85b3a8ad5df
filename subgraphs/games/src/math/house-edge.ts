/** The house-edge variants shared by dice, limbo and mines: the RTP is a whole percentage, kept exact. */
import type { RtpVariant } from './game-model.js';

export const EDGE_VARIANTS = {
  'edge-1': { rtp: 0.99, description: '1% house edge (99% RTP)' },
  'edge-2': { rtp: 0.98, description: '2% house edge (98% RTP)' },
} as const satisfies Record<string, RtpVariant>;

export type EdgeVariant = keyof typeof EDGE_VARIANTS;

const RTP_PERCENT: Record<EdgeVariant, bigint> = { 'edge-1': 99n, 'edge-2': 98n };

/** The variant's RTP in whole percent (99n for 'edge-1'); an unknown variant is a configuration defect. */
export function rtpPercent(variant: string): bigint {
  const percent = RTP_PERCENT[variant as EdgeVariant];
  if (percent === undefined) throw new Error(`Unknown house-edge variant '${variant}'.`);
  return percent;
}
