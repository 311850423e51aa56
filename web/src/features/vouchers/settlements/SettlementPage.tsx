// One settlement run: what it pays, to whom, and the batch as a file for the bank (CSV or Excel).
import { DownloadOutlined } from '@ant-design/icons'
import { Button, Card, Descriptions, Flex } from 'antd'
import { useTranslation } from 'react-i18next'
import { useParams } from 'react-router'
import type { SettlementRun } from '../../../shared/api/types'
import { formatCount, formatFen, formatTimestamp } from '../../../shared/format/format'
import { useLanguage } from '../../../shared/i18n/useLanguage'
import { FigureRow } from '../../../shared/ui/FigureRow'
import { PageTitle } from '../../../shared/ui/PageTitle'
import { QueryPage } from '../../../shared/ui/QueryPage'
import { SyntheticTag } from '../../../shared/ui/SyntheticTag'
import { CityName } from '../../../shared/reference/CityName'
import { PaymentTable } from './PaymentTable'
import { settlementExportPath, useSettlement } from './settlements.queries'

export function SettlementPage() {
  const { id = '' } = useParams()
  return <QueryPage query={useSettlement(id)}>{(run) => <SettlementDetail run={run} />}</QueryPage>
}

function SettlementDetail({ run }: { run: SettlementRun }) {
  const { t } = useTranslation('vouchers')
  const { language } = useLanguage()
  const figures = [
    { key: 'total', label: t('settlements.total'), value: formatFen(run.totalFen, language) },
    {
      key: 'redemptions',
      label: t('settlements.redemptionCount'),
      value: formatCount(run.redemptionCount, language),
    },
    {
      key: 'payments',
      label: t('settlements.paymentCount'),
      value: formatCount(run.paymentCount, language),
    },
  ]
  return (
    <Flex vertical gap="middle">
      <PageTitle
        title={t('settlements.periodRange', { start: run.periodStart, end: run.periodEnd })}
        subtitle={<CityName code={run.cityCode} />}
        tags={<SyntheticTag isSynthetic={run.isSynthetic} />}
        extra={
          <Flex gap="small" wrap>
            <Button icon={<DownloadOutlined />} href={settlementExportPath(run.id, 'csv')} download>
              {t('settlements.exportCsv')}
            </Button>
            <Button icon={<DownloadOutlined />} href={settlementExportPath(run.id, 'xlsx')} download>
              {t('settlements.exportExcel')}
            </Button>
          </Flex>
        }
      />
      <FigureRow figures={figures} span={{ xs: 24, md: 8 }} testId="settlement-figures" />
      <Card title={t('settlements.run')}>
        <Descriptions
          column={{ xs: 1, sm: 1, md: 2, lg: 3, xl: 3, xxl: 3 }}
          items={[
            {
              key: 'city',
              label: t('fields.issuingCity'),
              children: <CityName code={run.cityCode} />,
            },
            {
              key: 'period',
              label: t('settlements.period'),
              children: t('settlements.periodRange', { start: run.periodStart, end: run.periodEnd }),
            },
            {
              key: 'cutoff',
              label: t('settlements.cutoffAt'),
              children: formatTimestamp(run.cutoffAt, language),
            },
          ]}
        />
      </Card>
      <Card title={t('settlements.payments')}>
        <PaymentTable runId={run.id} />
      </Card>
    </Flex>
  )
}
