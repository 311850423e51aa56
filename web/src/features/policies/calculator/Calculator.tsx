// The policy calculator (政策计算器): the facts a rule can read, typed in (or, for a firm, its registered facts), and
// every item in force decided on them: the items it would qualify for and those it is one condition short of, with
// the money and the reasons. Nothing is stored, and facts typed in need no session.
import { CalculatorOutlined, ClearOutlined, IdcardOutlined } from '@ant-design/icons'
import { Alert, Button, Card, Col, Collapse, Empty, Flex, Form, Row, Typography } from 'antd'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { Link } from 'react-router'
import { formatCount, formatDay, formatFen } from '../../../shared/format/format'
import { useLanguage } from '../../../shared/i18n/useLanguage'
import { FailureAlert } from '../../../shared/ui/FailureAlert'
import { QueryError } from '../../../shared/ui/PageError'
import { PageLoading } from '../../../shared/ui/PageLoading'
import { factSources } from '../common/enums'
import { factsFromForm, formFromFacts, type FactFormValues } from '../common/factValues'
import { ItemAmount } from '../common/ItemAmount'
import { useTitles } from '../common/names'
import { itemPath, useCalculation, usePolicyFacts } from '../common/policies.queries'
import type { Calculation, CalculatorResult, Fact } from '../common/policies.types'
import { CategoryTag, IssuerName, OutcomeTag, PayoutModeTag } from '../common/Tags'
import { ShortOf, TraceView } from '../common/TraceView'
import { FactField } from './FactField'

export function Calculator({
  firmId,
  linkItems,
}: {
  /** the signed-in firm, which may decide on its own registered facts */
  firmId: string | null
  /** whether an item links to its page (inside the console) */
  linkItems: boolean
}) {
  const { t } = useTranslation('policies')
  const facts = usePolicyFacts()
  const calculation = useCalculation()
  const [form] = Form.useForm<FactFormValues>()
  const [onRegistered, setOnRegistered] = useState(false)
  const declared = facts.data ?? []

  const calculate = (values: FactFormValues) => {
    setOnRegistered(false)
    calculation.mutate({ facts: factsFromForm(declared, values) })
  }
  const decideOnRegistered = (firm: string) =>
    calculation.mutate(
      { firmId: firm },
      {
        onSuccess: (result) => {
          form.resetFields()
          form.setFieldsValue(formFromFacts(declared, result.facts))
          setOnRegistered(true)
        },
      },
    )

  if (facts.isPending) return <PageLoading />
  if (facts.isError) return <QueryError query={facts} />
  return (
    <Flex vertical gap="middle">
      <Card
        title={t('calculator.factsTitle')}
        extra={
          firmId !== null && (
            <Button
              icon={<IdcardOutlined />}
              onClick={() => decideOnRegistered(firmId)}
              loading={calculation.isPending && calculation.variables?.firmId !== undefined}
              data-testid="use-registered"
            >
              {t('calculator.useRegistered')}
            </Button>
          )
        }
      >
        <Typography.Paragraph type="secondary">{t('calculator.factsHint')}</Typography.Paragraph>
        <Form<FactFormValues>
          form={form}
          layout="vertical"
          onFinish={calculate}
          data-testid="calculator-form"
        >
          {factSources.map((source) => {
            const group = declared.filter((fact) => fact.source === source)
            return group.length === 0 ? null : (
              <FactGroup key={source} title={t(`enums.factSource.${source}`)} facts={group} />
            )
          })}
          <Flex gap="small" wrap justify="flex-end">
            <Button
              icon={<ClearOutlined />}
              onClick={() => {
                form.resetFields()
                setOnRegistered(false)
                calculation.reset()
              }}
            >
              {t('calculator.clear')}
            </Button>
            <Button
              type="primary"
              htmlType="submit"
              icon={<CalculatorOutlined />}
              loading={calculation.isPending && calculation.variables?.facts !== undefined}
              data-testid="calculate"
            >
              {t('calculator.calculate')}
            </Button>
          </Flex>
        </Form>
      </Card>
      <FailureAlert error={calculation.error} />
      {calculation.data !== undefined && (
        <CalculatorResults calculation={calculation.data} onRegistered={onRegistered} linkItems={linkItems} />
      )}
    </Flex>
  )
}

function FactGroup({ title, facts }: { title: string; facts: Fact[] }) {
  return (
    <section className="g60-fact-group">
      <Typography.Title level={5}>{title}</Typography.Title>
      <Row gutter={16}>
        {facts.map((fact) => (
          <Col key={fact.name} xs={24} sm={12} lg={8} xxl={6}>
            <FactField fact={fact} />
          </Col>
        ))}
      </Row>
    </section>
  )
}

function CalculatorResults({
  calculation,
  onRegistered,
  linkItems,
}: {
  calculation: Calculation
  onRegistered: boolean
  linkItems: boolean
}) {
  const { t } = useTranslation('policies')
  const { language } = useLanguage()
  const qualified = calculation.results.filter((result) => result.outcome === 'qualified')
  const near = calculation.results.filter((result) => result.outcome === 'near')
  const total = qualified.reduce((sum, result) => sum + result.amountFen, 0)
  return (
    <Card title={t('calculator.resultsTitle')} data-testid="calculator-results">
      <Flex vertical gap="middle">
        <Alert
          type={qualified.length > 0 ? 'success' : 'info'}
          showIcon
          title={t('calculator.summary', {
            asOf: formatDay(calculation.asOf, language),
            decided: formatCount(calculation.itemsDecided, language),
            qualified: formatCount(qualified.length, language),
            amount: formatFen(total, language),
            near: formatCount(near.length, language),
          })}
          description={onRegistered ? t('calculator.onRegistered') : t('calculator.onTyped')}
        />
        {calculation.results.length === 0 ? (
          <Empty description={t('calculator.noResults')} />
        ) : (
          <Flex vertical gap="small">
            {calculation.results.map((result) => (
              <ResultRow key={result.item.id} result={result} linkItems={linkItems} />
            ))}
          </Flex>
        )}
      </Flex>
    </Card>
  )
}

function ResultRow({ result, linkItems }: { result: CalculatorResult; linkItems: boolean }) {
  const { t } = useTranslation('policies')
  const { titleOf } = useTitles()
  const { item } = result
  return (
    <Card
      size="small"
      className="g60-result-card"
      data-testid="calculator-result"
      data-outcome={result.outcome}
    >
      <Flex justify="space-between" gap="small" wrap>
        <div style={{ minWidth: 0, flex: '1 1 260px' }}>
          {linkItems ? (
            <Link to={itemPath(item.id)} className="g60-policy-title">
              {titleOf(item)}
            </Link>
          ) : (
            <span className="g60-policy-title">{titleOf(item)}</span>
          )}
          <span className="g60-secondary-name">
            <IssuerName code={item.issuerCode} />
          </span>
        </div>
        <div className="g60-result-side">
          <OutcomeTag outcome={result.outcome} />
          <span className="g60-match-amount">
            <ItemAmount amountFen={result.amountFen} outcome={result.outcome} category={item.category} />
          </span>
        </div>
      </Flex>
      <Flex wrap gap={4} style={{ margin: '8px 0' }}>
        <CategoryTag category={item.category} />
        <PayoutModeTag mode={item.payoutMode} />
      </Flex>
      {result.outcome === 'near' && <ShortOf conditions={result.trace.conditions} />}
      <Collapse
        ghost
        size="small"
        items={[{ key: 'trace', label: t('calculator.why'), children: <TraceView trace={result.trace} /> }]}
      />
    </Card>
  )
}
