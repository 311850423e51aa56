// A draft tested on one firm today (an officer picks among its own city's firms, the office among all): the firm,
// the outcome, the amount and the trace; nothing is stored. A refusal shows here as well as under its expression.
import { ExperimentOutlined } from '@ant-design/icons'
import { Button, Card, Descriptions, Divider, Flex, Form, Typography } from 'antd'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useLanguage } from '../../../shared/i18n/useLanguage'
import { CityName } from '../../../shared/reference/CityName'
import { FailureAlert } from '../../../shared/ui/FailureAlert'
import { FirmSelect } from '../../finance/cases/FirmSelect'
import type { ItemCategory, RuleTest } from '../common/policies.types'
import { ItemAmount } from '../common/ItemAmount'
import { OutcomeTag } from '../common/Tags'
import { TraceView } from '../common/TraceView'

export function RuleTestPanel({
  category,
  cityOfFirms,
  result,
  pending,
  failure,
  onTest,
}: {
  /** the item's category: what its amount means */
  category: ItemCategory
  /** an officer tests on its own city's firms; the office on any */
  cityOfFirms: string | undefined
  /** the last test's result, unless it was refused */
  result: RuleTest | undefined
  pending: boolean
  /** why the last test was refused, if it was */
  failure: { error: unknown } | null
  onTest: (firmId: string) => void
}) {
  const { t } = useTranslation('policies')
  const [firmId, setFirmId] = useState<string | undefined>()
  return (
    <>
      <Divider titlePlacement="start">{t('editor.testTitle')}</Divider>
      <Typography.Paragraph type="secondary">{t('editor.testExplained')}</Typography.Paragraph>
      <Flex gap="small" wrap align="flex-end">
        <Form.Item
          label={t('editor.testFirm')}
          htmlFor="rule-test-firm"
          style={{ flex: '1 1 280px', marginBottom: 0 }}
        >
          <FirmSelect id="rule-test-firm" city={cityOfFirms} value={firmId} onChange={setFirmId} />
        </Form.Item>
        <Button
          icon={<ExperimentOutlined />}
          disabled={firmId === undefined}
          loading={pending}
          onClick={() => firmId !== undefined && onTest(firmId)}
          data-testid="rule-test"
        >
          {t('editor.test')}
        </Button>
      </Flex>
      {failure !== null && (
        <div style={{ marginTop: 16 }}>
          <FailureAlert error={failure.error} />
        </div>
      )}
      {result !== undefined && failure === null && <TestResult result={result} category={category} />}
    </>
  )
}

/** A draft's outcome on the firm it was tested on: the firm, the outcome, the amount, and the trace. */
function TestResult({ result, category }: { result: RuleTest; category: ItemCategory }) {
  const { t } = useTranslation('policies')
  const { nameOf } = useLanguage()
  return (
    <Card size="small" className="g60-test-result" data-testid="rule-test-result" style={{ marginTop: 16 }}>
      <Descriptions
        size="small"
        column={{ xs: 1, sm: 1, md: 3 }}
        items={[
          {
            key: 'firm',
            label: t('editor.testFirm'),
            children: (
              <span>
                {nameOf(result.firm)}
                <span className="g60-secondary-name">
                  <CityName code={result.firm.cityCode} />
                </span>
              </span>
            ),
          },
          { key: 'outcome', label: t('editor.outcome'), children: <OutcomeTag outcome={result.outcome} /> },
          {
            key: 'amount',
            label: t('editor.amount'),
            children:
              result.outcome === 'qualified' || result.outcome === 'near' ? (
                <ItemAmount amountFen={result.amountFen} outcome={result.outcome} category={category} />
              ) : (
                <span className="g60-muted">{t('facts.none')}</span>
              ),
          },
        ]}
      />
      <Typography.Paragraph type="secondary">
        {t(`editor.outcomeExplained.${result.outcome}`)}
      </Typography.Paragraph>
      <TraceView trace={result.trace} />
    </Card>
  )
}
