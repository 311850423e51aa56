// A new dated parameter set: in force from a day (today or later, so that past scores stay as they were), with a
// note, the weights of every stage (per mille, each stage adding up to exactly 1000: the running sums show, and the
// form refuses to send otherwise) and each indicator's full-marks value. It starts as a copy of the newest set.
import { Alert, App, Button, Card, Col, Flex, Form, Input, Row, Skeleton } from 'antd'
import { DateField } from '../../../shared/ui/DateField'
import { useTranslation } from 'react-i18next'
import { useNavigate } from 'react-router'
import { shanghaiToday } from '../../../shared/format/days'
import { useErrorText } from '../../../shared/ui/errorText'
import { LinkButton } from '../../../shared/ui/LinkButton'
import { QueryError } from '../../../shared/ui/PageError'
import { PageTitle } from '../../../shared/ui/PageTitle'
import type { ParameterSet } from '../common/finance.types'
import { useCreateParameterSet, useParameterSets } from './parameters.queries'
import { createBodyOf, unbalancedStages, valuesFrom, type ParameterFormValues } from './parameterValues'
import { WeightsTable } from './WeightsTable'

const noteLengthMax = 500

export function NewParametersPage() {
  const { t } = useTranslation('finance')
  const sets = useParameterSets()
  return (
    <>
      <PageTitle title={t('parameters.new')} subtitle={t('parameters.newSubtitle')} />
      <QueryError query={sets} />
      {sets.isPending ? <Skeleton active /> : <ParameterForm latest={sets.data?.items[0]} />}
    </>
  )
}

function ParameterForm({ latest }: { latest: ParameterSet | undefined }) {
  const { t } = useTranslation('finance')
  const { notification } = App.useApp()
  const navigate = useNavigate()
  const errorText = useErrorText()
  const create = useCreateParameterSet()
  const [form] = Form.useForm<ParameterFormValues>()
  const weights = Form.useWatch('weights', form)
  const today = shanghaiToday()
  const unbalanced = unbalancedStages(weights ?? valuesFrom(latest).weights)
  const required = { required: true, message: t('form.required') }

  const onFinish = (values: ParameterFormValues) => {
    if (unbalancedStages(values.weights).length > 0) return
    create.mutate(createBodyOf(values), {
      onSuccess: (set) => {
        notification.success({ title: t('parameters.created', { day: set.effectiveFrom }) })
        void navigate('/finance/parameters')
      },
    })
  }

  return (
    <Form<ParameterFormValues>
      form={form}
      layout="vertical"
      initialValues={{ ...valuesFrom(latest), effectiveFrom: today }}
      onFinish={onFinish}
      data-testid="parameter-form"
      scrollToFirstError
    >
      <Flex vertical gap="middle">
        {create.isError && <Alert type="error" showIcon role="alert" title={errorText(create.error)} />}
        <Card>
          <Row gutter={16}>
            <Col xs={24} md={8}>
              <Form.Item
                name="effectiveFrom"
                label={t('parameters.effectiveFrom')}
                extra={t('parameters.effectiveHint')}
                rules={[required]}
              >
                <DateField min={today} />
              </Form.Item>
            </Col>
            <Col xs={24} md={16}>
              <Form.Item
                name="note"
                label={t('parameters.note')}
                rules={[
                  { ...required, whitespace: true },
                  { max: noteLengthMax, message: t('form.tooLong') },
                ]}
              >
                <Input maxLength={noteLengthMax} placeholder={t('parameters.notePlaceholder')} />
              </Form.Item>
            </Col>
          </Row>
        </Card>
        <Card
          title={t('parameters.weightsTitle')}
          extra={<span className="g60-muted">{t('parameters.weightsHint')}</span>}
        >
          {unbalanced.length > 0 && (
            <Alert
              type="error"
              showIcon
              role="alert"
              data-testid="weights-unbalanced"
              title={t('parameters.unbalanced', {
                stages: unbalanced
                  .map((entry) =>
                    t('parameters.stageSum', {
                      stage: t(`enums.stage.${entry.stage}`),
                      sum: entry.sum,
                    }),
                  )
                  .join(t('listSeparator')),
              })}
              style={{ marginBottom: 16 }}
            />
          )}
          <WeightsTable weights={weights ?? valuesFrom(latest).weights} editable />
        </Card>
        <Flex gap="small">
          <Button
            type="primary"
            htmlType="submit"
            loading={create.isPending}
            disabled={unbalanced.length > 0}
          >
            {t('parameters.submit')}
          </Button>
          <LinkButton to="/finance/parameters">{t('common.back')}</LinkButton>
        </Flex>
      </Flex>
    </Form>
  )
}
