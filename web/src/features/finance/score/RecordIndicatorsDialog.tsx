// Recording indicator values, each with its source and the day it describes: a firm records self-reported values
// only; officers, workstations and the office record any source. The score is recomputed at once.
import { PlusOutlined } from '@ant-design/icons'
import { App, Button, Form } from 'antd'
import { useTranslation } from 'react-i18next'
import { shanghaiToday } from '../../../shared/format/days'
import { yuanToFen } from '../../../shared/format/yuan'
import { useLanguage } from '../../../shared/i18n/useLanguage'
import { FormDialog } from '../../../shared/ui/ActionDialog'
import { indicatorSources, unitOf } from '../common/enums'
import type { Contribution, IndicatorValueInput } from '../common/finance.types'
import { formatTenths } from '../common/format'
import { ValueRowFields, type RecordValues, type ValueRow } from './IndicatorValueRow'
import { useRecordIndicators } from './score.queries'

const rowsMax = 18

interface RecordIndicatorsDialogProps {
  firmId: string
  contributions: Contribution[]
  /** a firm records self-reported values only */
  selfReportedOnly: boolean
  onClose: () => void
}

export function RecordIndicatorsDialog(props: RecordIndicatorsDialogProps) {
  const { firmId, contributions, selfReportedOnly, onClose } = props
  const { t } = useTranslation('finance')
  const { language, nameOf } = useLanguage()
  const { notification } = App.useApp()
  const record = useRecordIndicators(firmId)
  const [form] = Form.useForm<RecordValues>()
  const today = shanghaiToday()
  const sources = (selfReportedOnly ? (['self_reported'] as const) : indicatorSources).map((source) => ({
    value: source,
    label: t(`enums.indicatorSource.${source}`),
  }))
  const indicatorOptions = contributions.map((item) => ({ value: item.code, label: nameOf(item) }))
  const newRow = (): ValueRow => ({ source: selfReportedOnly ? 'self_reported' : 'tax_bureau', asOf: today })

  const onFinish = (values: RecordValues) => {
    const body: IndicatorValueInput[] = values.rows.flatMap((row) =>
      row.code === undefined
        ? []
        : [
            {
              code: row.code,
              value: unitOf(row.code) === 'fen' ? yuanToFen(row.yuan ?? '') : (row.number ?? 0),
              source: row.source,
              asOf: row.asOf,
            },
          ],
    )
    record.mutate(
      { values: body },
      {
        onSuccess: (score) => {
          notification.success({
            title: t('record.done', {
              count: body.length,
              score: formatTenths(score.totalTenths, language),
            }),
          })
          onClose()
        },
      },
    )
  }

  return (
    <FormDialog
      form={form}
      initialValues={{ rows: [newRow()] }}
      onFinish={onFinish}
      testId="record-form"
      width={920}
      title={t('record.title')}
      okText={t('record.submit')}
      mutation={record}
      onClose={onClose}
      explained={selfReportedOnly ? t('record.explainedFirm') : t('record.explained')}
    >
      <Form.List name="rows">
        {(fields, { add, remove }) => (
          <>
            {fields.map((field, index) => (
              <ValueRowFields
                key={field.key}
                form={form}
                name={field.name}
                index={index}
                indicatorOptions={indicatorOptions}
                sources={sources}
                today={today}
                onRemove={fields.length > 1 ? () => remove(field.name) : undefined}
              />
            ))}
            <Button
              icon={<PlusOutlined />}
              onClick={() => add(newRow())}
              disabled={fields.length >= rowsMax}
              data-testid="record-add-row"
            >
              {t('record.addRow')}
            </Button>
          </>
        )}
      </Form.List>
    </FormDialog>
  )
}
