import type { ApiProblem } from '../errors';

/** What every BFF session route answers on success. */
export interface SessionTokenBody {
  accessToken: string;
  /** Milliseconds until the access token expires, measured on the server (immune to client clock skew). */
  expiresInMs: number;
}

export type SessionResult<T> = { ok: true; data: T } | { ok: false; problem: ApiProblem };
