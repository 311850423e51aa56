// A policy item's rule: eligibility conditions and an award formula in CEL (Common Expression Language, through
// @marcbachmann/cel-js, chosen in docs/ARCHITECTURE.md). A rule is compiled once: parsed, checked against the declared
// facts and their types, limited in the functions it may call and in what its loops may cost, and refused with the
// position of the first problem. Evaluation then needs no database and no I/O.
import {
  Environment,
  ParseError,
  TypeError as CelTypeError,
  type ASTNode,
  type ParseResult,
} from '@marcbachmann/cel-js'
import { AppError, assert } from '../../../platform/errors'
import { factDeclarations, factNames, type FactName, type FirmFacts } from '../facts'
import { estimateCost, ruleCostMax, ruleFunctionsAllowed } from './cost'

export interface RuleCondition {
  expression: string
  labelZh: string
  labelEn: string
}

export interface RuleSource {
  conditions: readonly RuleCondition[]
  awardExpression: string
}

export const ruleConditionsMax = 12
export const expressionLengthMax = 2000
/** the largest award a formula may give: ¥100 million */
export const awardFenMax = 10_000_000_000

/** facts about where a firm is: a condition on these alone decides whether an item applies to the firm at all */
const scopeFacts: ReadonlySet<FactName> = new Set(['cityCode', 'parkId'])

const celTypeOf: Record<(typeof factDeclarations)[FactName]['type'], string> = {
  int: 'int',
  double: 'double',
  bool: 'bool',
  string: 'string',
  'list<string>': 'list<string>',
}

/** A firm's facts as CEL reads them; an instance of a registered class is read as it is, a plain object converted. */
class FirmFactsValue {
  constructor(readonly values: Record<string, unknown>) {
    Object.assign(this, values)
  }
}

const environment = new Environment({
  limits: { maxAstNodes: 400, maxDepth: 24, maxListElements: 200, maxMapEntries: 50, maxCallArguments: 8 },
})
  .registerVariable('asOfYear', 'int', { description: 'the year of the day the rule is evaluated for' })
  .registerType('Firm', {
    ctor: FirmFactsValue,
    fields: Object.fromEntries(factNames.map((name) => [name, celTypeOf[factDeclarations[name].type]])),
  })
  .registerVariable('firm', 'Firm')

export interface CompiledExpression {
  expression: string
  program: ParseResult
  facts: FactName[]
}

export interface CompiledCondition extends CompiledExpression, RuleCondition {
  scope: boolean
}

export interface CompiledRule {
  conditions: CompiledCondition[]
  award: CompiledExpression
  /** every fact the rule reads, in declaration order */
  facts: FactName[]
}

type Part = { part: 'condition'; index: number } | { part: 'award' }

function refuse(code: string, part: Part, expression: string, position: number, message: string): never {
  throw new AppError(code, { ...part, expression, position, message })
}

/** The facts an expression reads (`firm.<name>`), refusing unknown ones and functions outside the allowed set. */
function factsRead(root: ASTNode, part: Part, expression: string): FactName[] {
  const found = new Set<FactName>()
  const pending: unknown[] = [root]
  for (let visited = 0; pending.length > 0; visited++) {
    assert(visited < 10_000, 'a parsed rule has more nodes than its limit allows')
    const node = pending.pop()
    if (Array.isArray(node)) {
      pending.push(...(node as unknown[]))
      continue
    }
    if (!isNode(node)) continue
    if (node.op === '.' || node.op === '.?') {
      const [target, field] = node.args
      if (target.op === 'id' && target.args === 'firm') {
        if (!(field in factDeclarations))
          refuse(
            'POLICY_RULE_FACT_UNKNOWN',
            part,
            expression,
            node.pos,
            `firm.${field} is not a declared fact`,
          )
        found.add(field as FactName)
      }
    }
    if (node.op === 'call' || node.op === 'rcall') {
      const name = node.args[0]
      if (!ruleFunctionsAllowed.has(name))
        refuse(
          'POLICY_RULE_FUNCTION_NOT_ALLOWED',
          part,
          expression,
          node.pos,
          `${name}() is not allowed in a rule`,
        )
    }
    pending.push(node.args)
  }
  return factNames.filter((name) => found.has(name))
}

function isNode(value: unknown): value is ASTNode {
  return typeof value === 'object' && value !== null && 'op' in value && 'args' in value && 'pos' in value
}

function compileExpression(expression: string, part: Part, type: 'bool' | 'int'): CompiledExpression {
  if (expression.trim() === '' || expression.length > expressionLengthMax)
    refuse(
      'POLICY_RULE_SYNTAX',
      part,
      expression,
      0,
      `an expression has 1 to ${expressionLengthMax} characters`,
    )
  let program: ParseResult
  try {
    program = environment.parse(expression)
  } catch (error) {
    if (!(error instanceof ParseError)) throw error
    refuse('POLICY_RULE_SYNTAX', part, expression, error.node?.pos ?? 0, error.summary ?? error.message)
  }
  const facts = factsRead(program.ast, part, expression)
  const checked = program.check()
  if (!checked.valid) {
    const error = checked.error
    assert(error instanceof CelTypeError || error instanceof ParseError, 'a failed check carries its error')
    refuse('POLICY_RULE_TYPE', part, expression, error.node?.pos ?? 0, error.summary ?? error.message)
  }
  if (checked.type !== type)
    refuse(
      'POLICY_RULE_TYPE',
      part,
      expression,
      0,
      `the expression gives ${checked.type ?? '?'}, not ${type}`,
    )
  const cost = estimateCost(program.ast)
  if (cost > ruleCostMax)
    refuse(
      'POLICY_RULE_TOO_COSTLY',
      part,
      expression,
      0,
      `it could cost ${cost} steps, more than ${ruleCostMax}`,
    )
  return { expression, program, facts }
}

/** Compiles a rule, or refuses it with a 4xx naming the part, the expression and the position of the problem. */
export function compileRule(source: RuleSource): CompiledRule {
  if (source.conditions.length === 0 || source.conditions.length > ruleConditionsMax)
    throw new AppError('POLICY_RULE_CONDITIONS_COUNT', { conditionsMax: ruleConditionsMax })
  const conditions = source.conditions.map((condition, index) => {
    const compiled = compileExpression(condition.expression, { part: 'condition', index }, 'bool')
    const scope = compiled.facts.length > 0 && compiled.facts.every((fact) => scopeFacts.has(fact))
    return { ...condition, ...compiled, scope }
  })
  const award = compileExpression(source.awardExpression, { part: 'award' }, 'int')
  const read = new Set([...conditions.flatMap((condition) => condition.facts), ...award.facts])
  return { conditions, award, facts: factNames.filter((name) => read.has(name)) }
}

/** A firm's facts as CEL sees them: ints as bigint, everything else as it is. */
export interface Activation {
  asOfYear: bigint
  firm: FirmFactsValue
}

export function activationOf(facts: Partial<FirmFacts>, asOfYear: number): Activation {
  const values: Record<string, unknown> = {}
  for (const name of factNames) {
    const value = facts[name] ?? defaultFactValue(name)
    values[name] = factDeclarations[name].type === 'int' ? BigInt(value as number) : value
  }
  return { asOfYear: BigInt(asOfYear), firm: new FirmFactsValue(values) }
}

/** What a fact is when a firm has no record of it: nothing, zero, false. */
export function defaultFactValue(name: FactName): FirmFacts[FactName] {
  switch (factDeclarations[name].type) {
    case 'int':
    case 'double':
      return 0
    case 'bool':
      return false
    case 'string':
      return ''
    case 'list<string>':
      return []
  }
}
