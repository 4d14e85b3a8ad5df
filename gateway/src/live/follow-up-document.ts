import { type FieldNode, type FragmentDefinitionNode, Kind, type OperationDefinitionNode, print, visit } from 'graphql';

export interface FollowUpDocument {
  /** `query LiveFollowUp(...) { result: <field> <selection> } <fragments>` */
  document: string;
  /** The subscriber's values for the variables the selection uses. */
  variables: Record<string, unknown>;
}

/**
 * Rewrites a subscriber's selection on a subscription field into the query that fetches the same
 * data through the gateway, so fields owned by any subgraph resolve as they would in a query.
 * Aliases, fragments and variables are carried over; the root becomes `result: <rootField>`.
 */
export function followUpDocument(
  rootField: string,
  field: FieldNode,
  operation: OperationDefinitionNode,
  fragments: Record<string, FragmentDefinitionNode>,
  variableValues: Record<string, unknown>,
  /** Variables the root field itself uses, filled by the hub (e.g. `$liveEventId: ID!` per event, `$liveTenantId: ID!`). */
  rootVariables: readonly { name: string; type: string }[] = [],
): FollowUpDocument {
  const usedFragments = new Map<string, FragmentDefinitionNode>();
  const usedVariables = new Set<string>();
  const collect = (node: FieldNode['selectionSet'] | FragmentDefinitionNode) => {
    if (!node) return;
    visit(node, {
      FragmentSpread(spread) {
        const name = spread.name.value;
        const fragment = fragments[name];
        if (fragment && !usedFragments.has(name)) {
          usedFragments.set(name, fragment);
          collect(fragment);
        }
      },
      Variable(variable) {
        usedVariables.add(variable.name.value);
      },
    });
  };
  collect(field.selectionSet);

  const definitions = (operation.variableDefinitions ?? []).filter((definition) =>
    usedVariables.has(definition.variable.name.value),
  );
  const declared = definitions.map((definition) => print(definition));
  declared.unshift(...rootVariables.map((variable) => `$${variable.name}: ${variable.type}`));
  const header = declared.length ? `(${declared.join(', ')})` : '';
  const selection = field.selectionSet ? ` ${print(field.selectionSet)}` : '';
  const document = [
    `query LiveFollowUp${header} { result: ${rootField}${selection} }`,
    ...[...usedFragments.values()].map((f) => print(f)),
  ].join('\n');
  const variables: Record<string, unknown> = {};
  for (const name of usedVariables) variables[name] = variableValues[name];
  return { document, variables };
}

export function rootField(operation: OperationDefinitionNode): FieldNode | null {
  const [first] = operation.selectionSet.selections;
  return first?.kind === Kind.FIELD ? first : null;
}
