import { CodedError } from '@casinox/graphql';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Whether `value` can be an id of ours at all (every id is a uuid): anything else matches nothing. */
export const isUuid = (value: string): boolean => UUID.test(value);

/** A uuid argument, or BAD_USER_INPUT naming the field (never a database cast error). */
export function requireUuid<T extends string | null | undefined>(value: T, field: string): T {
  if (value != null && !UUID.test(value)) throw new CodedError('BAD_USER_INPUT', `${field} is not a valid id.`, { field });
  return value;
}
