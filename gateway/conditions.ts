import { Kind, valueFromASTUntyped, visit, type DocumentNode, type OperationDefinitionNode, type SelectionNode } from 'graphql';

type Variables = Record<string, unknown> | null | undefined;

/** Whether a selection survives its `@skip`/`@include`, as execution will decide it. */
export type Included = (selection: SelectionNode) => boolean;

/**
 * `@skip(if:)`/`@include(if:)` evaluated with the request's variables (or the operation's defaults). A condition that
 * is not a boolean counts as "included": the request fails validation then anyway, and the checks stay on the safe side.
 */
export function conditions(operation: OperationDefinitionNode, variables: Variables): Included {
  const defaults = new Map<string, unknown>();
  for (const d of operation.variableDefinitions ?? []) if (d.defaultValue) defaults.set(d.variable.name.value, valueFromASTUntyped(d.defaultValue));
  const condition = (selection: SelectionNode, name: 'skip' | 'include'): boolean | undefined => {
    const arg = selection.directives?.find((d) => d.name.value === name)?.arguments?.find((a) => a.name.value === 'if');
    if (!arg) return undefined;
    const value =
      arg.value.kind === Kind.BOOLEAN ? arg.value.value
      : arg.value.kind === Kind.VARIABLE ? (variables && arg.value.name.value in variables ? variables[arg.value.name.value] : defaults.get(arg.value.name.value))
      : undefined;
    return typeof value === 'boolean' ? value : undefined;
  };
  return (selection) => !selection.directives?.length || (condition(selection, 'skip') !== true && condition(selection, 'include') !== false);
}

/** The variables a document's `@skip`/`@include` read: what a per-document cache of their effect must be keyed by. */
export function conditionVariables(document: DocumentNode): string[] {
  const names = new Set<string>();
  visit(document, {
    Directive(node) {
      if (node.name.value !== 'skip' && node.name.value !== 'include') return;
      for (const a of node.arguments ?? []) if (a.value.kind === Kind.VARIABLE) names.add(a.value.name.value);
    },
  });
  return [...names].sort();
}
