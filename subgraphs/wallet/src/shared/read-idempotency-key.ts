import { CodedError } from '@casinox/graphql';

const KEY = /^[A-Za-z0-9_.:-]{1,120}$/;

/** A client's idempotency key: 1–120 characters of A–Z a–z 0–9 _ . : - (INVALID_REQUEST otherwise). Pure. */
export function readIdempotencyKey(key: string): string {
  if (!KEY.test(key))
    throw new CodedError('INVALID_REQUEST', 'idempotencyKey must be 1–120 characters of A–Z, a–z, 0–9, _ . : -', {
      field: 'idempotencyKey',
    });
  return key;
}
