'use client';

import { createContext, type ReactNode, useCallback, useContext, useEffect, useMemo, useRef, useState } from 'react';
import { isApiErrorBody, messageForCode, type ApiProblem } from '../errors';
import { decodeTokenClaims, type TokenClaims } from './token-claims';
import type { SessionResult, SessionTokenBody } from './session-types';

/** Refresh this long before the access token expires. */
const REFRESH_AHEAD_MS = 60_000;
/** A token with less life than this is treated as expired when a request needs it. */
const MIN_TOKEN_LIFE_MS = 10_000;
/** After a network failure, try the refresh again this soon. */
const RETRY_AFTER_FAILURE_MS = 10_000;

export type SessionStatus = 'loading' | 'authenticated' | 'anonymous';

export interface SessionValue {
  status: SessionStatus;
  accessToken: string | null;
  claims: TokenClaims | null;
  /** Increments whenever the signed-in identity changes; GraphQL clients and caches key on it. */
  epoch: number;
  /** A token valid for at least a few more seconds, refreshing first when needed; null when signed out. */
  getAccessToken: () => Promise<string | null>;
  /** Forces a refresh (after a 401, TOKEN_EXPIRED or a 4401 socket close). */
  refresh: () => Promise<string | null>;
  /**
   * POSTs to a BFF route under the session base path that starts a session (login, register,
   * verify, switch tenant…). `authenticated` sends the current access token along.
   */
  signIn: <T extends SessionTokenBody>(
    route: string,
    body: unknown,
    options?: { authenticated?: boolean },
  ) => Promise<SessionResult<T>>;
  /** POSTs to a BFF route that answers plain JSON without starting a session (e.g. operator login step 1). */
  post: <T>(route: string, body: unknown) => Promise<SessionResult<T>>;
  signOut: () => Promise<void>;
}

const SessionContext = createContext<SessionValue | null>(null);

interface TokenState {
  token: string;
  expiresAt: number;
}

interface Props {
  /** Base path of this app's BFF session routes, e.g. `/api/session/aurora` or `/api/session`. */
  basePath: string;
  children: ReactNode;
}

const networkProblem: ApiProblem = { code: 'NETWORK_ERROR', message: messageForCode('NETWORK_ERROR'), fields: {} };

async function postJson<T>(
  url: string,
  body: unknown,
  token?: string | null,
): Promise<SessionResult<T> & { status: number }> {
  let response: Response;
  try {
    response = await fetch(url, {
      method: 'POST',
      credentials: 'same-origin',
      headers: {
        'content-type': 'application/json',
        'x-casinox-bff': '1',
        ...(token ? { authorization: `Bearer ${token}` } : {}),
      },
      body: JSON.stringify(body ?? {}),
    });
  } catch {
    return { ok: false, problem: networkProblem, status: 0 };
  }
  if (response.status === 204) return { ok: true, data: undefined as T, status: 204 };
  const json: unknown = await response.json().catch(() => null);
  if (response.ok && json !== null) return { ok: true, data: json as T, status: response.status };
  if (isApiErrorBody(json)) return { ok: false, problem: json.error, status: response.status };
  const code = response.status >= 500 ? 'INTERNAL_SERVER_ERROR' : 'NETWORK_ERROR';
  return { ok: false, problem: { code, message: messageForCode(code), fields: {} }, status: response.status };
}

/** Serialises refreshes across tabs: refresh tokens rotate, and a reused one revokes the family. */
async function withRefreshLock<T>(name: string, task: () => Promise<T>): Promise<T> {
  const locks = typeof navigator !== 'undefined' ? navigator.locks : undefined;
  if (!locks) return task();
  return locks.request(name, task) as Promise<T>;
}

/**
 * Holds the access token in memory only. The refresh token lives in an httpOnly cookie that only
 * the BFF routes under `basePath` receive; page JavaScript never sees it.
 */
export function SessionProvider({ basePath, children }: Props) {
  const tokenRef = useRef<TokenState | null>(null);
  const inflightRef = useRef<Promise<string | null> | null>(null);
  const timerRef = useRef<ReturnType<typeof setTimeout> | null>(null);
  const channelRef = useRef<BroadcastChannel | null>(null);
  const [state, setState] = useState<{ status: SessionStatus; token: string | null; epoch: number }>({
    status: 'loading',
    token: null,
    epoch: 0,
  });

  const statusRef = useRef<SessionStatus>('loading');
  statusRef.current = state.status;
  const lockName = `casinox-refresh:${basePath}`;

  const clearTimer = () => {
    if (timerRef.current) clearTimeout(timerRef.current);
    timerRef.current = null;
  };

  const applyToken = useCallback((body: SessionTokenBody | null, identityChanged: boolean) => {
    clearTimer();
    statusRef.current = body ? 'authenticated' : 'anonymous';
    if (!body) {
      const hadToken = tokenRef.current !== null;
      tokenRef.current = null;
      setState((s) => ({
        status: 'anonymous',
        token: null,
        epoch: hadToken || identityChanged ? s.epoch + 1 : s.epoch,
      }));
      return;
    }
    const previousSub = decodeTokenClaims(tokenRef.current?.token)?.sub;
    const previousTid = decodeTokenClaims(tokenRef.current?.token)?.tid;
    const claims = decodeTokenClaims(body.accessToken);
    tokenRef.current = { token: body.accessToken, expiresAt: Date.now() + body.expiresInMs };
    const changed = identityChanged || previousSub !== claims?.sub || previousTid !== claims?.tid;
    setState((s) => ({ status: 'authenticated', token: body.accessToken, epoch: changed ? s.epoch + 1 : s.epoch }));
    schedule(Math.max(body.expiresInMs - REFRESH_AHEAD_MS, 5_000));
  }, []);

  const refresh = useCallback((): Promise<string | null> => {
    if (inflightRef.current) return inflightRef.current;
    const run = withRefreshLock(lockName, async () => {
      const result = await postJson<SessionTokenBody | { accessToken: null }>(`${basePath}/refresh`, {});
      if (result.ok && result.data.accessToken === null) {
        applyToken(null, false);
        return null;
      }
      if (result.ok) {
        const body = result.data as SessionTokenBody;
        applyToken(body, false);
        return body.accessToken;
      }
      if (result.status === 0 || result.status >= 500) {
        // Server unreachable: keep what we have and try again soon rather than signing out.
        schedule(RETRY_AFTER_FAILURE_MS);
        const current = tokenRef.current;
        return current && current.expiresAt > Date.now() ? current.token : null;
      }
      applyToken(null, false);
      return null;
    }).finally(() => {
      inflightRef.current = null;
    });
    inflightRef.current = run;
    return run;
  }, [applyToken, basePath, lockName]);

  const refreshRef = useRef(refresh);
  refreshRef.current = refresh;

  function schedule(delayMs: number) {
    clearTimer();
    timerRef.current = setTimeout(() => void refreshRef.current(), delayMs);
  }

  const getAccessToken = useCallback(async (): Promise<string | null> => {
    if (inflightRef.current) return inflightRef.current;
    const current = tokenRef.current;
    if (current && current.expiresAt - Date.now() > MIN_TOKEN_LIFE_MS) return current.token;
    if (!current && statusRef.current === 'anonymous') return null;
    return refresh();
  }, [refresh]);

  const signIn = useCallback(
    async <T extends SessionTokenBody>(
      route: string,
      body: unknown,
      options?: { authenticated?: boolean },
    ): Promise<SessionResult<T>> => {
      const token = options?.authenticated ? await getAccessToken() : null;
      const result = await postJson<T>(`${basePath}/${route}`, body, token);
      if (result.ok) {
        applyToken(result.data, true);
        channelRef.current?.postMessage('signed-in');
        return { ok: true, data: result.data };
      }
      return { ok: false, problem: result.problem };
    },
    [applyToken, basePath, getAccessToken],
  );

  const post = useCallback(
    async <T,>(route: string, body: unknown): Promise<SessionResult<T>> => {
      const result = await postJson<T>(`${basePath}/${route}`, body);
      return result.ok ? { ok: true, data: result.data } : { ok: false, problem: result.problem };
    },
    [basePath],
  );

  const signOut = useCallback(async () => {
    await withRefreshLock(lockName, () => postJson(`${basePath}/logout`, {}));
    applyToken(null, true);
    channelRef.current?.postMessage('signed-out');
  }, [applyToken, basePath, lockName]);

  // Restore the session from the cookie on first load, and keep tabs in step.
  useEffect(() => {
    void refreshRef.current();
    const channel = typeof BroadcastChannel !== 'undefined' ? new BroadcastChannel(lockName) : null;
    channelRef.current = channel;
    if (channel) {
      channel.onmessage = (event: MessageEvent) => {
        if (event.data === 'signed-out') applyToken(null, true);
        if (event.data === 'signed-in') void refreshRef.current();
      };
    }
    // A laptop waking up may have slept through the scheduled refresh.
    const onVisible = () => {
      const current = tokenRef.current;
      if (document.visibilityState === 'visible' && current && current.expiresAt - Date.now() < REFRESH_AHEAD_MS) {
        void refreshRef.current();
      }
    };
    document.addEventListener('visibilitychange', onVisible);
    return () => {
      document.removeEventListener('visibilitychange', onVisible);
      channel?.close();
      channelRef.current = null;
      clearTimer();
    };
  }, [applyToken, lockName]);

  const value = useMemo<SessionValue>(
    () => ({
      status: state.status,
      accessToken: state.token,
      claims: decodeTokenClaims(state.token),
      epoch: state.epoch,
      getAccessToken,
      refresh,
      signIn,
      post,
      signOut,
    }),
    [state, getAccessToken, refresh, signIn, post, signOut],
  );

  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}

export function useSession(): SessionValue {
  const value = useContext(SessionContext);
  if (!value) throw new Error('useSession must be used inside <SessionProvider>.');
  return value;
}
