// The office sets new index weights from a month on (this month or later): a whole percentage per kind, adding up to
// 100, a base month, and why. Earlier months keep their figures.
import { Alert, App, Button, Card, Col, DatePicker, Form, InputNumber, Row, Typography } from 'antd'
import dayjs from 'dayjs'
import { useTranslation } from 'react-i18next'
import { shanghaiToday } from '../../../shared/format/days'
import { FailureAlert } from '../../../shared/ui/FailureAlert'
import { TextField } from '../../../shared/ui/formFields'
import { useFormRules } from '../../../shared/ui/formRules'
import { useSetWeights } from '../common/insights.queries'
import type { WeightsVersion } from '../common/insights.types'
import { flowKinds } from '../common/kinds'
import { initialWeights, weightsBody, weightsSum, weightsTotal, type WeightsFormValues } from './weightsForm'

export function WeightsForm({ current }: { current: WeightsVersion | undefined }) {
  const { t } = useTranslation('insights')
  const { required } = useFormRules()
  const { notification } = App.useApp()
  const [form] = Form.useForm<WeightsFormValues>()
  const weights = Form.useWatch('weights', form)
  const save = useSetWeights()
  const thisMonth = dayjs(`${shanghaiToday().slice(0, 7)}-01`)
  const sum = weightsSum(weights)
  const onFinish = (values: WeightsFormValues) =>
    save.mutate(weightsBody(values), {
      onSuccess: (version) => {
        notification.success({ title: t('weights.saved', { month: version.effectiveFrom.slice(0, 7) }) })
        form.resetFields(['note'])
      },
    })
  return (
    <Card title={t('weights.formTitle')} data-testid="weights-form">
      <Typography.Paragraph type="secondary">{t('weights.formExplained')}</Typography.Paragraph>
      <FailureAlert error={save.error} spaced />
      <Form<WeightsFormValues>
        form={form}
        layout="vertical"
        onFinish={onFinish}
        initialValues={{
          effectiveFrom: thisMonth.add(1, 'month'),
          baseMonth: dayjs(current?.baseMonth ?? thisMonth.subtract(12, 'month').format('YYYY-MM-DD')),
          weights: initialWeights(current),
          note: '',
        }}
      >
        <Row gutter={16}>
          <Col xs={24} md={12}>
            <Form.Item name="effectiveFrom" label={t('weights.effectiveFrom')} rules={[required]}>
              <DatePicker
                picker="month"
                allowClear={false}
                disabledDate={(month) => month.isBefore(thisMonth, 'month')}
                style={{ width: '100%' }}
              />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item name="baseMonth" label={t('weights.baseMonth')} rules={[required]}>
              <DatePicker picker="month" allowClear={false} style={{ width: '100%' }} />
            </Form.Item>
          </Col>
          {flowKinds.map((kind) => (
            <Col key={kind} xs={12} md={8} xl={{ flex: '20%' }}>
              <Form.Item name={['weights', kind]} label={t(`kinds.${kind}`)} rules={[required]}>
                <InputNumber min={0} max={100} precision={0} suffix="%" style={{ width: '100%' }} />
              </Form.Item>
            </Col>
          ))}
        </Row>
        <Alert
          type={sum === weightsTotal ? 'success' : 'warning'}
          showIcon
          title={t('weights.sum', { sum, total: weightsTotal })}
          style={{ marginBottom: 16 }}
          data-testid="weights-sum"
        />
        <TextField name="note" label={t('weights.note')} max={500} rows={2} />
        <Button type="primary" htmlType="submit" loading={save.isPending} disabled={sum !== weightsTotal}>
          {t('weights.submit')}
        </Button>
      </Form>
    </Card>
  )
}
