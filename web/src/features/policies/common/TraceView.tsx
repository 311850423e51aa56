// A decision's trace, readably: the rule version and the day it was decided on, each condition held (✓), failed
// (✗), could not be evaluated (!) or was not evaluated because the outcome was settled before it (–), with its label
// and CEL expression; the facts read, each with its value, source and the day it describes; the award formula and
// the amount it gave.
import {
  CheckCircleFilled,
  CloseCircleFilled,
  ExclamationCircleFilled,
  MinusCircleOutlined,
} from '@ant-design/icons'
import { Flex, Table, Tag, Typography, type TableColumnsType } from 'antd'
import type { ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import { formatDay } from '../../../shared/format/format'
import { useLanguage } from '../../../shared/i18n/useLanguage'
import { CityName } from '../../../shared/reference/CityName'
import { IndustryName } from '../../../shared/reference/IndustryName'
import { isOneOf } from '../../../shared/ui/enums'
import { Money } from '../../../shared/ui/Money'
import { factSources } from './enums'
import { formatFactValue } from './factValues'
import { useLabels } from './names'
import type { Fact, Trace, TracedCondition, TracedFact } from './policies.types'
import { usePolicyFacts } from './policies.queries'
import { conditionState, failingConditions, type ConditionState } from './trace'

const marks: Record<ConditionState, ReactNode> = {
  passed: <CheckCircleFilled style={{ color: '#52c41a' }} />,
  failed: <CloseCircleFilled style={{ color: '#ff4d4f' }} />,
  error: <ExclamationCircleFilled style={{ color: '#faad14' }} />,
  skipped: <MinusCircleOutlined style={{ color: 'rgba(0, 0, 0, 0.25)' }} />,
}

/** Each condition of a trace: its mark, its label in the current language, its expression beneath. */
export function TraceConditions({
  conditions,
}: {
  conditions: readonly Pick<
    TracedCondition,
    'expression' | 'labelZh' | 'labelEn' | 'value' | 'error' | 'scope'
  >[]
}) {
  const { t } = useTranslation('policies')
  const { labelOf } = useLabels()
  return (
    <ul className="g60-trace-conditions" data-testid="trace-conditions">
      {conditions.map((condition, index) => {
        const state = conditionState(condition)
        return (
          <li key={`${index}-${condition.expression}`} data-state={state}>
            <span className="g60-trace-mark" role="img" aria-label={t(`trace.state.${state}`)}>
              {marks[state]}
            </span>
            <div className="g60-trace-condition">
              <span className={state === 'skipped' ? 'g60-muted' : undefined} data-testid="condition-label">
                {labelOf(condition)}
              </span>
              {condition.scope && <Tag className="g60-trace-scope">{t('trace.scope')}</Tag>}
              {state === 'skipped' && <span className="g60-muted"> · {t('trace.state.skipped')}</span>}
              <code className="g60-expression">{condition.expression}</code>
              {condition.error !== null && (
                <Typography.Text type="warning" className="g60-secondary-name">
                  {t('trace.evaluationError', { error: condition.error })}
                </Typography.Text>
              )}
            </div>
          </li>
        )
      })}
    </ul>
  )
}

interface FactRow extends TracedFact {
  name: string
}

/** The facts the rule read: name, value, where it comes from, and the day it describes. */
export function TraceFacts({ facts }: { facts: Trace['facts'] }) {
  const { t } = useTranslation('policies')
  const { language } = useLanguage()
  const { labelOf } = useLabels()
  const declared = usePolicyFacts().data ?? []
  const declarationOf = (name: string): Fact | undefined => declared.find((fact) => fact.name === name)
  const rows: FactRow[] = Object.entries(facts).map(([name, fact]) => ({ name, ...fact }))
  const words = { yes: t('facts.yes'), no: t('facts.no'), none: t('facts.none') }
  const columns: TableColumnsType<FactRow> = [
    {
      key: 'fact',
      title: t('trace.fact'),
      render: (_, row) => {
        const fact = declarationOf(row.name)
        return (
          <>
            {fact === undefined ? row.name : labelOf({ labelZh: fact.nameZh, labelEn: fact.nameEn })}
            <code className="g60-expression g60-secondary-name">firm.{row.name}</code>
          </>
        )
      },
    },
    {
      key: 'value',
      title: t('trace.value'),
      render: (_, row) => (
        <span className="g60-fact-value">
          <FactValueText name={row.name} value={row.value}>
            {formatFactValue(declarationOf(row.name), row.value, language, words)}
          </FactValueText>
        </span>
      ),
    },
    {
      key: 'source',
      title: t('trace.source'),
      render: (_, row) => (
        <>
          <Tag>{isOneOf(factSources, row.source) ? t(`enums.factSource.${row.source}`) : row.source}</Tag>
          <FactOrigin origin={row.origin} />
        </>
      ),
    },
    {
      key: 'asOf',
      title: t('trace.asOf'),
      render: (_, row) => formatDay(row.asOf.slice(0, 10), language),
    },
  ]
  return (
    <Table<FactRow>
      size="small"
      rowKey="name"
      pagination={false}
      scroll={{ x: 560 }}
      columns={columns}
      dataSource={rows}
      data-testid="trace-facts"
      locale={{ emptyText: t('trace.noFacts') }}
    />
  )
}

/** A city or an industry by its name (its code beneath), any other value as formatted. */
function FactValueText({
  name,
  value,
  children,
}: {
  name: string
  value: TracedFact['value']
  children: string
}) {
  if (typeof value !== 'string' || value === '') return <>{children}</>
  const named =
    name === 'cityCode' ? (
      <CityName code={value} />
    ) : name === 'industryCode' ? (
      <IndustryName code={value} />
    ) : null
  if (named === null) return <>{children}</>
  return (
    <>
      {named}
      <code className="g60-expression g60-secondary-name">{value}</code>
    </>
  )
}

/** the name of a module's published view (a technical name, shown as code); anything else is words */
const viewName = /^[a-z][a-z0-9_]*$/
/** the origin of a fact that had no record behind it (read as nothing) */
const noRecord = 'no record'

/** Where in its source a fact was read: the published view (as code), or that there was no record. */
function FactOrigin({ origin }: { origin: string }) {
  const { t } = useTranslation('policies')
  if (origin === noRecord) return <span className="g60-secondary-name">{t('trace.noRecord')}</span>
  if (viewName.test(origin)) return <code className="g60-expression g60-secondary-name">{origin}</code>
  return <span className="g60-secondary-name">{origin}</span>
}

/** The award formula and what it gave (or why it gave nothing). */
export function TraceAward({ award }: { award: Trace['award'] }) {
  const { t } = useTranslation('policies')
  return (
    <div data-testid="trace-award">
      <code className="g60-expression">{award.expression}</code>
      <div style={{ marginTop: 4 }}>
        {award.amountFen !== null ? (
          <>
            {t('trace.awardGives')} <Money fen={award.amountFen} />
          </>
        ) : award.error !== null ? (
          <Typography.Text type="warning">
            {t('trace.evaluationError', { error: award.error })}
          </Typography.Text>
        ) : (
          <span className="g60-muted">{t('trace.awardNotEvaluated')}</span>
        )}
      </div>
    </div>
  )
}

/** what a draft's test names its rule version: it has none yet */
const draftVersionId = 'draft'

/** The whole trace: its rule version and day, the conditions, the facts read and the award. */
export function TraceView({ trace }: { trace: Trace }) {
  const { t } = useTranslation('policies')
  const { language } = useLanguage()
  return (
    <Flex vertical gap="middle" data-testid="trace">
      <Typography.Text type="secondary">
        {trace.ruleVersion.id === draftVersionId
          ? t('trace.draftBasis', { asOf: formatDay(trace.asOf, language) })
          : t('trace.basis', {
              version: trace.ruleVersion.version,
              from: formatDay(trace.ruleVersion.effectiveFrom, language),
              asOf: formatDay(trace.asOf, language),
            })}
      </Typography.Text>
      <section>
        <Typography.Title level={5}>{t('trace.conditions')}</Typography.Title>
        <TraceConditions conditions={trace.conditions} />
      </section>
      <section>
        <Typography.Title level={5}>{t('trace.facts')}</Typography.Title>
        <TraceFacts facts={trace.facts} />
      </section>
      <section>
        <Typography.Title level={5}>{t('trace.award')}</Typography.Title>
        <TraceAward award={trace.award} />
      </section>
    </Flex>
  )
}

/** What keeps a firm from a near item: the failing condition, in words ("差一项：…"). */
export function ShortOf({ conditions }: { conditions: Trace['conditions'] }) {
  const { t } = useTranslation('policies')
  const { labelOf } = useLabels()
  const failing = failingConditions(conditions)
  return (
    <Typography.Text type="warning" data-testid="short-of">
      {failing.length === 0
        ? t('trace.shortOfUnknown')
        : t('trace.shortOf', {
            condition: failing.map((condition) => labelOf(condition)).join(t('trace.separator')),
          })}
    </Typography.Text>
  )
}
