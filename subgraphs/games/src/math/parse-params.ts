/** Small validators for untrusted game params; every failure is a GameParamError. */
import { GameParamError } from './game-model.js';

/** The value as a plain object, or GameParamError. `undefined`/`null` count as `{}` when `optional`. */
export function paramObject(raw: unknown, optional = false): Record<string, unknown> {
  if (optional && raw == null) return {};
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw))
    throw new GameParamError('The params must be an object.');
  return raw as Record<string, unknown>;
}

/** Refuses keys other than `allowed`: a typo ('taget') must not silently fall back to a default. */
export function onlyKeys(params: Record<string, unknown>, allowed: readonly string[]): void {
  for (const key of Object.keys(params)) {
    if (!allowed.includes(key)) throw new GameParamError(`Unknown param '${key}'.`);
  }
}

const DECIMAL_2 = /^(0|[1-9]\d{0,14})(\.\d{1,2})?$/;

/**
 * A non-negative decimal with at most 2 decimal places, given as a JSON number (50.5) or a string ('50.50'),
 * returned in hundredths (5050). Numbers are read through their shortest decimal spelling, so 50.51 is
 * 5051 although 50.51 × 100 is 5050.999… in binary.
 */
export function toHundredths(raw: unknown, name: string): number {
  let text: string;
  if (typeof raw === 'number') {
    if (!Number.isFinite(raw)) throw new GameParamError(`'${name}' must be a finite number.`);
    text = String(raw);
  } else if (typeof raw === 'string') {
    text = raw.trim();
  } else {
    throw new GameParamError(`'${name}' must be a number with at most 2 decimals.`);
  }
  if (!DECIMAL_2.test(text))
    throw new GameParamError(
      `'${name}' must be a non-negative number with at most 2 decimals, got ${JSON.stringify(raw)}.`,
    );
  const [whole, fraction = ''] = text.split('.');
  return Number(whole) * 100 + Number(fraction.padEnd(2, '0'));
}

/** Formats hundredths as a number with 2 decimals for outcomes (5051 → 50.51). */
export function fromHundredths(hundredths: number): number {
  return hundredths / 100;
}
