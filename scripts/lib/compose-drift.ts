import { internalPort, SUBGRAPH_REGISTRY, SUBGRAPHS, subgraphEntry } from '@casinox/db';
import { subgraphUrlVariable } from '../../gateway/src/env.js';

/** The lines of one top-level service of a compose file (two-space indented key, up to the next one). */
function serviceBlock(compose: string, name: string): string | null {
  const match = new RegExp(`^  ${name}:\\n((?:(?:    .*)?\\n)*)`, 'm').exec(compose);
  return match ? match[1]! : null;
}

/**
 * What docker-compose.yml must say about each registered subgraph (compose cannot read the
 * registry): a service of its name running its entry on the registry's port, healthy on that port,
 * reaching each callee's internal listener, and the gateway's `<NAME>_URL` pointing at it.
 */
export function composeDrift(compose: string): string[] {
  const problems: string[] = [];
  const gateway = serviceBlock(compose, 'gateway') ?? '';
  for (const name of SUBGRAPHS) {
    const { port, calls } = SUBGRAPH_REGISTRY[name];
    const block = serviceBlock(compose, name);
    if (!block) {
      problems.push(`docker-compose.yml has no service \`${name}\` (every registered subgraph needs one)`);
      continue;
    }
    const expected = [
      `"${subgraphEntry(name)}"`,
      `PORT: "${port}"`,
      `http://127.0.0.1:${port}/ready`,
      ...calls.map((callee) => `${callee.toUpperCase()}_INTERNAL_URL: http://${callee}:${internalPort(callee)}`),
    ];
    for (const line of expected)
      if (!block.includes(line)) problems.push(`docker-compose.yml service \`${name}\` lacks ${line}`);
    if (!gateway.includes(`${subgraphUrlVariable(name)}: http://${name}:${port}/graphql`))
      problems.push(`docker-compose.yml gateway lacks ${subgraphUrlVariable(name)}: http://${name}:${port}/graphql`);
    if (!gateway.includes(`${name}: { condition: service_healthy }`))
      problems.push(`docker-compose.yml gateway does not wait for ${name}`);
  }
  return problems;
}
