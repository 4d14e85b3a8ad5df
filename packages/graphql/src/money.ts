import { GraphQLError, GraphQLScalarType, Kind } from 'graphql';
import { AMOUNT_PROBLEMS, readAmount } from './amount.js';

/**
 * Money travels as an integer number of an asset's minor units (cents, satoshis, gwei…),
 * serialised as a decimal string because GraphQL's Int is 32-bit and JSON numbers lose precision
 * above 2^53. Never a Float. Input is text only, in its one canonical spelling (amount.ts): a JSON
 * number or a GraphQL Int/Float literal is refused, since `99.9999999999999999` reaches us already
 * rounded to 100. Whether an amount may be negative, and its per-asset maximum, are the field's
 * business; the scalar guarantees an exact signed 64-bit integer.
 */
export function parseMinorUnits(value: unknown): bigint {
  const reading = readAmount(value, { signed: true });
  if (!reading.ok) {
    throw new GraphQLError(`Money ${AMOUNT_PROBLEMS[reading.problem]}.`, { extensions: { code: 'BAD_USER_INPUT' } });
  }
  return reading.value;
}

/** Output is exact for any integer (a derived house balance may leave int64 one day: still shown). */
function serializeMinorUnits(value: unknown): string {
  if (typeof value === 'bigint') return value.toString();
  if (typeof value === 'number' && Number.isSafeInteger(value)) return String(value);
  if (typeof value === 'string' && /^-?(0|[1-9]\d*)$/.test(value)) return value;
  throw new GraphQLError('Money must be an integer number of minor units.');
}

export const MoneyScalar = new GraphQLScalarType<bigint, string>({
  name: 'Money',
  description:
    "An exact amount in an asset's minor units (e.g. cents), as a decimal integer string: digits only, '-' only where the field allows negatives, no spaces or leading zeros, at most 19 digits; numbers and Int literals are refused. Read it together with the asset's scale.",
  serialize: serializeMinorUnits,
  parseValue: (value) => parseMinorUnits(value),
  parseLiteral: (ast) => {
    if (ast.kind === Kind.STRING) return parseMinorUnits(ast.value);
    throw new GraphQLError('Money must be given as a string of digits, e.g. "1050", not a number literal.', {
      extensions: { code: 'BAD_USER_INPUT' },
    });
  },
});

/**
 * Checks an amount against an asset's scale when it arrives in major units as text
 * ("10.505" for a scale-2 asset is rejected, never rounded). Returns minor units.
 */
export function toMinorUnits(decimal: string, scale: number): bigint {
  const match = /^(\d+)(?:\.(\d+))?$/.exec(decimal.trim());
  if (!match)
    throw new GraphQLError(`"${decimal}" is not a positive decimal amount.`, {
      extensions: { code: 'BAD_USER_INPUT' },
    });
  const [, whole, fraction = ''] = match;
  if (fraction.length > scale) {
    throw new GraphQLError(`"${decimal}" has more than ${scale} decimal places.`, {
      extensions: { code: 'AMOUNT_PRECISION' },
    });
  }
  return BigInt(whole! + fraction.padEnd(scale, '0'));
}

/** Formats minor units for people: 1050n with scale 2 → "10.50". */
export function formatMinorUnits(amount: bigint, scale: number): string {
  const negative = amount < 0n;
  const digits = (negative ? -amount : amount).toString().padStart(scale + 1, '0');
  const whole = scale === 0 ? digits : digits.slice(0, -scale);
  const fraction = scale === 0 ? '' : `.${digits.slice(-scale)}`;
  return `${negative ? '-' : ''}${whole}${fraction}`;
}
