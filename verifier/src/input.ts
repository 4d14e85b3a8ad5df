/** Checks on what the user typed or pasted; every problem is a VerifyError with a message fit to show. */

export class VerifyError extends Error {
  readonly code = 'INVALID_INPUT';
  constructor(message: string) {
    super(message);
    this.name = 'VerifyError';
  }
}

export function fail(message: string): never {
  throw new VerifyError(message);
}

export function record(value: unknown, what: string): Record<string, unknown> {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) fail(`${what} must be a JSON object.`);
  return value as Record<string, unknown>;
}

export function noOtherKeys(value: Record<string, unknown>, keys: string[], what: string): void {
  const extra = Object.keys(value).filter((k) => !keys.includes(k));
  if (extra.length > 0) fail(`${what}: unexpected ${extra.map((k) => `'${k}'`).join(', ')}.`);
}

/** A decimal with at most two places, as an integer count of hundredths ("50.5" → 5050). */
export function cents(value: unknown, what: string): number {
  const text =
    typeof value === 'number'
      ? Number.isFinite(value)
        ? String(value)
        : ''
      : typeof value === 'string'
        ? value.trim()
        : '';
  const match = /^(\d{1,15})(?:\.(\d{1,2}))?$/.exec(text);
  if (!match || (match[1]!.length > 1 && match[1]!.startsWith('0')))
    fail(`${what} must be a number with at most 2 decimals.`);
  return Number(match[1]) * 100 + Number((match[2] ?? '').padEnd(2, '0'));
}

/** The house-edge variants of dice, limbo and mines: RTP in percent. */
export function rtpPercentFor(variant: string | undefined): bigint {
  switch (variant ?? 'edge-1') {
    case 'edge-1':
      return 99n;
    case 'edge-2':
      return 98n;
    default:
      return fail(`Unknown variant '${variant}' (expected edge-1 or edge-2).`);
  }
}
