import type { RouteHandler } from '@casinox/graphql';

/**
 * The subgraph server looks routes up by the exact key `METHOD /path`. A route ending in `/*`
 * here also serves every path under it (the handler reads the rest from `req.url`), e.g.
 * `GET /sandbox/checkout/*` for `/sandbox/checkout/<sessionId>`. A Proxy keeps that server
 * untouched: its lookup still reads one property.
 */
export function routeTable(routes: Record<string, RouteHandler>): Record<string, RouteHandler> {
  const prefixes = Object.entries(routes)
    .filter(([key]) => key.endsWith('/*'))
    .map(([key, handler]) => [key.slice(0, -1), handler] as const);
  return new Proxy(routes, {
    get(target, key) {
      if (typeof key !== 'string') return undefined;
      if (Object.hasOwn(target, key) && !key.endsWith('/*')) return target[key];
      const match = prefixes.find(
        ([prefix]) => key.startsWith(prefix) && key.length > prefix.length && !key.slice(prefix.length).includes('/'),
      );
      return match?.[1];
    },
  });
}

/** The last path segment of a request (the `*` of a prefix route). */
export const lastSegment = (url: string | undefined) =>
  decodeURIComponent(new URL(url ?? '/', 'http://localhost').pathname.split('/').pop() ?? '');
