// What a rule may cost, estimated before it is saved, as cel-go's cost estimator does: every node costs a step, and a
// macro's body costs a step for each element it may visit. A list fact visits at most its declared itemsMax; a list
// literal its length; nested macros multiply. Functions outside a short list are refused: a regular expression
// (matches) could backtrack without bound, and nothing a rule needs calls for one.
import type { ASTNode } from '@marcbachmann/cel-js'
import { assert } from '../../../platform/errors'
import { factDeclarations, type FactDeclaration, type FactName } from '../facts'

export const ruleCostMax = 20_000

const macros = new Set(['all', 'exists', 'exists_one', 'map', 'filter'])

export const ruleFunctionsAllowed: ReadonlySet<string> = new Set([
  ...macros,
  'size',
  'int',
  'double',
  'string',
  'bool',
  'has',
  'contains',
  'startsWith',
  'endsWith',
])

/** the most elements a list the estimator cannot bound may hold (a list literal's limit) */
const unboundedListItems = 200

function isNode(value: unknown): value is ASTNode {
  return typeof value === 'object' && value !== null && 'op' in value && 'args' in value
}

/** How many elements a macro over this receiver may visit. */
function itemsOf(node: ASTNode): number {
  if (node.op === 'list') return node.args.length
  if ((node.op === '.' || node.op === '.?') && node.args[0].op === 'id' && node.args[0].args === 'firm') {
    const declared: FactDeclaration | undefined = factDeclarations[node.args[1] as FactName]
    return declared?.itemsMax ?? unboundedListItems
  }
  // map() and filter() give at most as many elements as they visit
  if (node.op === 'rcall' && (node.args[0] === 'map' || node.args[0] === 'filter'))
    return itemsOf(node.args[1])
  return unboundedListItems
}

export function estimateCost(node: ASTNode, depth = 0): number {
  assert(depth < 64, 'a parsed rule is deeper than its limit allows')
  if (node.op === 'rcall' && macros.has(node.args[0])) {
    const [, receiver, parts] = node.args
    const body = parts.reduce((sum, part) => sum + estimateCost(part, depth + 1), 0)
    return 1 + estimateCost(receiver, depth + 1) + itemsOf(receiver) * (body + 1)
  }
  let cost = 1
  const pending: unknown[] = [node.args]
  while (pending.length > 0) {
    const value = pending.pop()
    if (Array.isArray(value)) pending.push(...(value as unknown[]))
    else if (isNode(value)) cost += estimateCost(value, depth + 1)
  }
  return cost
}
