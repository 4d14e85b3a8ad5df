import { GraphQLError, GraphQLScalarType, Kind } from 'graphql';

/**
 * Money travels as an integer number of an asset's minor units (cents, satoshis, gwei…),
 * serialised as a decimal string because GraphQL's Int is 32-bit and JSON numbers lose precision
 * above 2^53. Never a Float. Whether an amount may be negative is the field's business; the
 * scalar only guarantees an exact signed 64-bit integer.
 */
const INT64_MIN = -(2n ** 63n);
const INT64_MAX = 2n ** 63n - 1n;
const INTEGER = /^-?(0|[1-9]\d*)$/;

export function parseMinorUnits(value: unknown): bigint {
  let parsed: bigint | null = null;
  if (typeof value === 'bigint') parsed = value;
  else if (typeof value === 'number' && Number.isSafeInteger(value)) parsed = BigInt(value);
  else if (typeof value === 'string' && INTEGER.test(value.trim())) parsed = BigInt(value.trim());
  if (parsed === null) {
    throw new GraphQLError('Money must be an integer number of minor units, e.g. "1050" for 10.50.', {
      extensions: { code: 'BAD_USER_INPUT' },
    });
  }
  if (parsed < INT64_MIN || parsed > INT64_MAX) {
    throw new GraphQLError('Money is outside the 64-bit range.', { extensions: { code: 'BAD_USER_INPUT' } });
  }
  return parsed;
}

export const MoneyScalar = new GraphQLScalarType<bigint, string>({
  name: 'Money',
  description:
    "An exact amount in an asset's minor units (e.g. cents), as a decimal integer string. Read it together with the asset's scale.",
  serialize: (value) => parseMinorUnits(value).toString(),
  parseValue: (value) => parseMinorUnits(value),
  parseLiteral: (ast) => {
    if (ast.kind === Kind.STRING || ast.kind === Kind.INT) return parseMinorUnits(ast.value);
    throw new GraphQLError('Money must be given as a string or an integer literal.', { extensions: { code: 'BAD_USER_INPUT' } });
  },
});

/**
 * Checks an amount against an asset's scale when it arrives in major units as text
 * ("10.505" for a scale-2 asset is rejected, never rounded). Returns minor units.
 */
export function toMinorUnits(decimal: string, scale: number): bigint {
  const match = /^(\d+)(?:\.(\d+))?$/.exec(decimal.trim());
  if (!match) throw new GraphQLError(`"${decimal}" is not a positive decimal amount.`, { extensions: { code: 'BAD_USER_INPUT' } });
  const [, whole, fraction = ''] = match;
  if (fraction.length > scale) {
    throw new GraphQLError(`"${decimal}" has more than ${scale} decimal places.`, { extensions: { code: 'AMOUNT_PRECISION' } });
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
