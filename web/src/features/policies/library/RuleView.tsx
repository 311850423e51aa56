// A rule, readably: each condition's label in the current language with its CEL expression beneath, the award
// formula, and the facts it reads; and the history of the item's rule versions.
import { Empty, Flex, Table, Tag, Typography, type TableColumnsType } from 'antd'
import { useTranslation } from 'react-i18next'
import { shanghaiToday } from '../../../shared/format/days'
import { Day, Timestamp } from '../../../shared/ui/Formatted'
import { useLabels } from '../common/names'
import type { RuleCondition, RuleVersion } from '../common/policies.types'
import { usePolicyFacts } from '../common/policies.queries'

export function RuleConditionsList({ conditions }: { conditions: readonly RuleCondition[] }) {
  const { labelOf } = useLabels()
  return (
    <ol className="g60-rule-conditions" data-testid="rule-conditions">
      {conditions.map((condition, index) => (
        <li key={`${index}-${condition.expression}`}>
          {labelOf(condition)}
          <code className="g60-expression">{condition.expression}</code>
        </li>
      ))}
    </ol>
  )
}

/** The facts a rule reads, by their names in the current language. */
function FactsRead({ names }: { names: readonly string[] }) {
  const { labelOf } = useLabels()
  const declared = usePolicyFacts().data ?? []
  return (
    <Flex wrap gap={4}>
      {names.map((name) => {
        const fact = declared.find((candidate) => candidate.name === name)
        return (
          <Tag key={name} title={`firm.${name}`}>
            {fact === undefined ? name : labelOf({ labelZh: fact.nameZh, labelEn: fact.nameEn })}
          </Tag>
        )
      })}
    </Flex>
  )
}

export function RuleView({ rule }: { rule: RuleVersion }) {
  const { t } = useTranslation('policies')
  return (
    <Flex vertical gap="small" data-testid="current-rule">
      <Typography.Text type="secondary">
        {t('rule.versionLine', { version: rule.version })} <Day day={rule.effectiveFrom} />
      </Typography.Text>
      <Typography.Text strong>{t('rule.conditions')}</Typography.Text>
      <RuleConditionsList conditions={rule.conditions} />
      <Typography.Text strong>{t('rule.award')}</Typography.Text>
      <code className="g60-expression g60-expression-block" data-testid="award-expression">
        {rule.awardExpression}
      </code>
      {rule.facts.length > 0 && (
        <>
          <Typography.Text strong>{t('rule.factsRead')}</Typography.Text>
          <FactsRead names={rule.facts} />
        </>
      )}
    </Flex>
  )
}

/** Every version of the rule, newest first; a row opens to its conditions and formula. */
export function VersionHistory({
  versions,
  currentId,
}: {
  versions: RuleVersion[]
  currentId: string | null
}) {
  const { t } = useTranslation('policies')
  const today = shanghaiToday()
  const rows = [...versions].sort((first, second) => second.version - first.version)
  const columns: TableColumnsType<RuleVersion> = [
    {
      key: 'version',
      title: t('rule.version'),
      width: 150,
      render: (_, version) => (
        <Flex wrap gap={4} align="center">
          {t('rule.versionNumber', { version: version.version })}
          {version.id === currentId && <Tag color="success">{t('rule.current')}</Tag>}
          {version.effectiveFrom > today && <Tag color="processing">{t('rule.scheduled')}</Tag>}
        </Flex>
      ),
    },
    {
      key: 'effectiveFrom',
      title: t('rule.effectiveFrom'),
      width: 150,
      render: (_, version) => <Day day={version.effectiveFrom} />,
    },
    {
      key: 'note',
      title: t('rule.note'),
      render: (_, version) => version.note ?? <span className="g60-muted">{t('rule.noNote')}</span>,
    },
    {
      key: 'createdAt',
      title: t('rule.createdAt'),
      width: 180,
      render: (_, version) => <Timestamp at={version.createdAt} />,
    },
  ]
  if (rows.length === 0) return <Empty description={t('rule.noVersions')} />
  return (
    <Table<RuleVersion>
      rowKey="id"
      size="middle"
      pagination={false}
      scroll={{ x: 640 }}
      columns={columns}
      dataSource={rows}
      data-testid="rule-versions"
      expandable={{
        expandedRowRender: (version) => (
          <Flex vertical gap="small">
            <RuleConditionsList conditions={version.conditions} />
            <span>
              {t('rule.award')}: <code className="g60-expression">{version.awardExpression}</code>
            </span>
          </Flex>
        ),
      }}
    />
  )
}
