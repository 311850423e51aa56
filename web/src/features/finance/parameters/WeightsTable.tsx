// The 18 indicators × three stages of weights (per mille) and each indicator's full-marks value: editable inside
// the parameter form, or read-only for a stored set. The last line gives each stage's running sum.
import { Form, InputNumber, Table, type TableColumnsType } from 'antd'
import { useTranslation } from 'react-i18next'
import { column } from '../../../shared/ui/columns'
import { useLanguage } from '../../../shared/i18n/useLanguage'
import { YuanInput } from '../../../shared/ui/YuanInput'
import { useYuanRule } from '../../../shared/ui/yuanRule'
import { financeStages, indicatorDefinitions, type IndicatorUnit } from '../common/enums'
import type { FinanceStage, IndicatorCode, IndicatorGroup } from '../common/finance.types'
import { formatIndicatorValue } from '../common/format'
import './parameters.css'
import { stageSum, type ParameterFormValues } from './parameterValues'
import { WeightSum } from './WeightSum'

interface Row {
  code: IndicatorCode
  group: IndicatorGroup
  unit: IndicatorUnit
}

/** the API's bound on a full-marks value */
const fullMarksMax = 1e15

interface WeightsTableProps {
  /** the values shown: a stored set's, or the form's as they are typed */
  weights: ParameterFormValues['weights'] | undefined
  /** read-only: a stored set's full marks, in fen for money */
  fullMarks?: Record<string, number>
  editable: boolean
}

export function WeightsTable({ weights, fullMarks, editable }: WeightsTableProps) {
  const { t } = useTranslation('finance')
  const { language } = useLanguage()
  const yuanRule = useYuanRule()
  const required = { required: true, message: t('form.required') }
  const stageColumn = (stage: FinanceStage): TableColumnsType<Row>[number] => ({
    key: stage,
    title: t('parameters.stageWeight', { stage: t(`enums.stage.${stage}`) }),
    align: 'right',
    width: 130,
    render: (_, row) =>
      editable ? (
        <Form.Item name={['weights', stage, row.code]} rules={[required]}>
          <InputNumber
            min={0}
            max={1000}
            precision={0}
            aria-label={`${t(`indicators.${row.code}`)} · ${t(`enums.stage.${stage}`)}`}
            style={{ width: '100%' }}
          />
        </Form.Item>
      ) : (
        <span className="g60-numeric">{weights?.[stage][row.code] ?? 0}</span>
      ),
  })
  const columns: TableColumnsType<Row> = [
    column('indicator', t('score.indicator'), (row) => (
      <>
        {t(`indicators.${row.code}`)}
        <span className="g60-secondary-name">{t(`enums.indicatorGroup.${row.group}`)}</span>
      </>
    )),
    ...financeStages.map(stageColumn),
    column(
      'fullMarks',
      t('parameters.fullMarks'),
      (row) => {
        if (!editable) {
          return (
            <span className="g60-numeric">
              {formatIndicatorValue(fullMarks?.[row.code] ?? 0, row.unit, language)}
            </span>
          )
        }
        return row.unit === 'fen' ? (
          <Form.Item name={['fullMarks', row.code]} rules={[required, yuanRule({ maxFen: fullMarksMax })]}>
            <YuanInput aria-label={t('parameters.fullMarksOf', { name: t(`indicators.${row.code}`) })} />
          </Form.Item>
        ) : (
          <Form.Item name={['fullMarks', row.code]} rules={[required]}>
            <InputNumber
              min={row.unit === 'count' ? 1 : 0.01}
              max={fullMarksMax}
              precision={row.unit === 'count' ? 0 : 2}
              suffix={row.unit === 'percent' ? '%' : undefined}
              aria-label={t('parameters.fullMarksOf', { name: t(`indicators.${row.code}`) })}
              style={{ width: '100%' }}
            />
          </Form.Item>
        )
      },
      { align: 'right', width: 190 },
    ),
  ]
  return (
    <Table<Row>
      className="g60-weights-table"
      rowKey="code"
      columns={columns}
      dataSource={[...indicatorDefinitions]}
      pagination={false}
      size="small"
      scroll={{ x: 860 }}
      data-testid={editable ? 'weights-editor' : 'weights-view'}
      summary={() => (
        <Table.Summary fixed="bottom">
          <Table.Summary.Row>
            <Table.Summary.Cell index={0}>
              <strong>{t('parameters.sum')}</strong>
            </Table.Summary.Cell>
            {financeStages.map((stage, index) => (
              <Table.Summary.Cell key={stage} index={index + 1} align="right">
                <WeightSum sum={stageSum(weights?.[stage])} stage={stage} />
              </Table.Summary.Cell>
            ))}
            <Table.Summary.Cell index={4} />
          </Table.Summary.Row>
        </Table.Summary>
      )}
    />
  )
}
