import { type FragmentDefinitionNode, getOperationAST, Kind, parse } from 'graphql';
import { describe, expect, it } from 'vitest';
import { followUpDocument, rootField } from './follow-up-document.js';

function prepare(source: string) {
  const document = parse(source);
  const operation = getOperationAST(document)!;
  const fragments: Record<string, FragmentDefinitionNode> = {};
  for (const d of document.definitions) if (d.kind === Kind.FRAGMENT_DEFINITION) fragments[d.name.value] = d;
  return { operation, field: rootField(operation)!, fragments };
}

describe('followUpDocument', () => {
  it('re-roots the selection on the query field', () => {
    const { operation, field, fragments } = prepare('subscription { tenantUpdated { id branding { primaryColor } } }');
    const { document, variables } = followUpDocument('currentTenant', field, operation, fragments, {});
    expect(document).toMatch(/^query LiveFollowUp \{ result: currentTenant \{/);
    expect(document).toMatch(/primaryColor/);
    expect(variables).toEqual({});
  });

  it('keeps nested aliases, the fragments used (transitively) and only the variables used', () => {
    const { operation, field, fragments } = prepare(`
      subscription S($a: Int, $unused: String, $flag: Boolean!) {
        t: tenantUpdated(afterVersion: $a) { colour: branding { primaryColor } ...F }
      }
      fragment F on Tenant { name @include(if: $flag) ...G }
      fragment G on Tenant { slug }
      fragment Unused on Tenant { id }
    `);
    const { document, variables } = followUpDocument('currentTenant', field, operation, fragments, {
      a: 1,
      unused: 'x',
      flag: true,
    });
    expect(document).toMatch(/query LiveFollowUp\(\$flag: Boolean!\)/);
    expect(document).toMatch(/colour: branding/);
    expect(document).toMatch(/fragment F on Tenant/);
    expect(document).toMatch(/fragment G on Tenant/);
    expect(document).not.toMatch(/Unused/);
    expect(variables).toEqual({ flag: true });
    expect(() => parse(document)).not.toThrow();
  });

  it('declares the variables the root field uses first (the event, the watched casino)', () => {
    const { operation, field, fragments } = prepare(
      'subscription S($v: Boolean!) { bigWins(tenantId: "t") { id payout @include(if: $v) } }',
    );
    const { document, variables } = followUpDocument(
      'bigWin(id: $liveEventId, tenantId: $liveTenantId)',
      field,
      operation,
      fragments,
      { v: true },
      [
        { name: 'liveEventId', type: 'ID!' },
        { name: 'liveTenantId', type: 'ID!' },
      ],
    );
    expect(document).toMatch(
      /^query LiveFollowUp\(\$liveEventId: ID!, \$liveTenantId: ID!, \$v: Boolean!\) \{ result: bigWin\(id: \$liveEventId, tenantId: \$liveTenantId\)/,
    );
    expect(variables).toEqual({ v: true });
    expect(() => parse(document)).not.toThrow();
  });
});
