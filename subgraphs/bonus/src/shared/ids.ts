import { CodedError } from '@casinox/graphql';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Whether `value` can be an id of ours at all (every id is a uuid): anything else matches nothing. */
export const isUuid = (value: string): boolean => UUID.test(value);

const KEY = /^[A-Za-z0-9_.:-]{1,120}$/;

/** An idempotency key as every money-moving mutation takes it, or BAD_USER_INPUT. */
export function checkIdempotencyKey(key: string): void {
  if (!KEY.test(key)) throw new CodedError('BAD_USER_INPUT', 'idempotencyKey must be 1–120 characters of A–Z, a–z, 0–9, _ . : -', { field: 'idempotencyKey' });
}
