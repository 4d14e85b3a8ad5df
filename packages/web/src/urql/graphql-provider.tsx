'use client';

import { type ReactNode, useEffect, useMemo, useRef } from 'react';
import { Provider } from 'urql';
import { useSession } from '../session/session-provider';
import { createGraphQLClient } from './create-graphql-client';

interface Props {
  /** The gateway's HTTP URL, read by the server at request time. */
  gatewayUrl: string;
  children: ReactNode;
}

/**
 * One urql client per signed-in identity: when the user signs in, out, or switches tenant the
 * client (its cache and its WebSocket, authenticated with the old token) is replaced.
 */
export function GraphQLProvider({ gatewayUrl, children }: Props) {
  const session = useSession();
  const sessionRef = useRef(session);
  useEffect(() => {
    sessionRef.current = session;
  }, [session]);

  const handle = useMemo(
    () =>
      createGraphQLClient({
        url: gatewayUrl,
        getAccessToken: () => sessionRef.current.getAccessToken(),
        refresh: () => sessionRef.current.refresh(),
      }),
    // A new epoch is a new identity: start with an empty cache and a fresh socket.
    [gatewayUrl, session.epoch],
  );
  useEffect(() => () => handle.dispose(), [handle]);

  return <Provider value={handle.client}>{children}</Provider>;
}
