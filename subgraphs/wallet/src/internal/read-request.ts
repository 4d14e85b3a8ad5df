import { CodedError } from '@casinox/graphql';
import { type AssetSpec, findAsset } from '../assets/asset-catalogue.js';
import { parseAmount } from '../ledger/parse-amount.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
/** Callers' ids (bet ids, keys): printable, no separators we use in derived keys' prefixes. */
const REFERENCE = /^[A-Za-z0-9_.:-]{1,120}$/;

/**
 * Reads one field of an internal API body with a precise coded error. Pure: the route handlers
 * and the unit tests share it.
 */
export class RequestReader {
  constructor(private readonly body: Record<string, unknown>) {}

  static fromJson(text: string): RequestReader {
    let parsed: unknown;
    try {
      parsed = JSON.parse(text);
    } catch {
      throw new CodedError('INVALID_REQUEST', 'The body must be a JSON object.');
    }
    if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed))
      throw new CodedError('INVALID_REQUEST', 'The body must be a JSON object.');
    return new RequestReader(parsed as Record<string, unknown>);
  }

  uuid(field: string): string {
    const value = this.body[field];
    if (typeof value !== 'string' || !UUID.test(value)) throw invalid(field, 'must be a uuid');
    return value.toLowerCase();
  }

  optionalUuid(field: string): string | undefined {
    return this.body[field] === undefined ? undefined : this.uuid(field);
  }

  reference(field: string): string {
    const value = this.body[field];
    if (typeof value !== 'string' || !REFERENCE.test(value))
      throw invalid(field, 'must be 1–120 characters of A–Z, a–z, 0–9, _ . : -');
    return value;
  }

  optionalReference(field: string): string | undefined {
    return this.body[field] === undefined ? undefined : this.reference(field);
  }

  optionalText(field: string, max = 500): string | null {
    const value = this.body[field];
    if (value === undefined || value === null) return null;
    if (typeof value !== 'string' || value.length > max)
      throw invalid(field, `must be a string of at most ${max} characters`);
    return value;
  }

  oneOf<T extends string>(field: string, values: readonly T[], fallback?: T): T {
    const value = this.body[field] ?? fallback;
    if (typeof value !== 'string' || !values.includes(value as T))
      throw invalid(field, `must be one of ${values.join(', ')}`);
    return value as T;
  }

  asset(field = 'asset'): AssetSpec {
    const value = this.body[field];
    if (typeof value !== 'string') throw invalid(field, 'must be an asset code');
    const asset = findAsset(value);
    if (!asset) throw new CodedError('UNKNOWN_ASSET', `Unknown asset "${value.slice(0, 16)}".`, { field });
    return asset;
  }

  amount(field: string, asset: AssetSpec, options: { allowZero?: boolean } = {}): bigint {
    return parseAmount(this.body[field], asset, { field, ...options });
  }

  /** A jackpot pool's holder: a reference that fits the ledger's holder column (64 characters). */
  pool(field: string): string {
    const value = this.reference(field);
    if (value.length > 64) throw invalid(field, 'must be at most 64 characters');
    return value;
  }

  /** A list of objects (absent or null: empty), at most `max` long. */
  objectList(field: string, max: number): RequestReader[] {
    const value = this.body[field];
    if (value === undefined || value === null) return [];
    if (!Array.isArray(value)) throw invalid(field, 'must be an array');
    if (value.length > max) throw invalid(field, `must have at most ${max} items`);
    return value.map((item, index) => {
      if (!item || typeof item !== 'object' || Array.isArray(item))
        throw invalid(`${field}[${index}]`, 'must be an object');
      return new RequestReader(item as Record<string, unknown>);
    });
  }

  /** A list of pool holders, 1–`max` long. */
  poolList(field: string, max: number): string[] {
    const value = this.body[field];
    if (!Array.isArray(value) || value.length === 0 || value.length > max)
      throw invalid(field, `must be an array of 1–${max} pool references`);
    return value.map((_, index) => new RequestReader({ pool: value[index] as unknown }).pool('pool'));
  }

  /** True when the field is present (not undefined), whatever its value. */
  has(field: string): boolean {
    return this.body[field] !== undefined;
  }

  optionalObject(field: string): RequestReader | null {
    const value = this.body[field];
    if (value === undefined || value === null) return null;
    if (typeof value !== 'object' || Array.isArray(value)) throw invalid(field, 'must be an object');
    return new RequestReader(value as Record<string, unknown>);
  }
}

const invalid = (field: string, problem: string) =>
  new CodedError('INVALID_REQUEST', `${field} ${problem}.`, { field });
