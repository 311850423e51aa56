// A firm states a financing need: what kind of finance, how much (in yuan), for how long, what for and how urgent.
// Once stated, it opens the need's ranked matches.
import { App, Card, Col, Form, Radio, Row, Select, Typography } from 'antd'
import { useTranslation } from 'react-i18next'
import { useNavigate } from 'react-router'
import { formatFen } from '../../../shared/format/format'
import { yuanToFen } from '../../../shared/format/yuan'
import { useLanguage } from '../../../shared/i18n/useLanguage'
import { FormActions } from '../../../shared/ui/EditorForm'
import { FailureAlert } from '../../../shared/ui/FailureAlert'
import { TextField, YuanField } from '../../../shared/ui/formFields'
import { useFormRules } from '../../../shared/ui/formRules'
import { PageTitle } from '../../../shared/ui/PageTitle'
import { enumOptions } from '../../../shared/reference/options'
import { productTypes, urgencies } from '../common/enums'
import type { ProductType, Urgency } from '../common/finance.types'
import { amountFenMax, MonthsInput } from '../common/inputs'
import { useCreateNeed } from './needs.queries'

interface NeedFormValues {
  productType: ProductType
  amount: string
  termMonths: number
  purpose: string
  urgency: Urgency
}

/** the API's bound */
const purposeLengthMax = 500

export function NewNeedPage() {
  const { t } = useTranslation('finance')
  const { language } = useLanguage()
  const { notification } = App.useApp()
  const navigate = useNavigate()
  const createNeed = useCreateNeed()
  const types = enumOptions(productTypes, (type) => t(`enums.productType.${type}`))
  const urgencyOptions = enumOptions(urgencies, (urgency) => t(`enums.urgency.${urgency}`))
  const { required } = useFormRules()

  const onFinish = (values: NeedFormValues) =>
    createNeed.mutate(
      {
        productType: values.productType,
        amountFen: yuanToFen(values.amount),
        termMonths: values.termMonths,
        purpose: values.purpose.trim(),
        urgency: values.urgency,
      },
      {
        onSuccess: (need) => {
          notification.success({
            title: t('needs.created', { amount: formatFen(need.amountFen, language) }),
          })
          void navigate(`/finance/needs/${need.id}`)
        },
      },
    )

  return (
    <>
      <PageTitle title={t('needs.new')} subtitle={t('needs.newSubtitle')} />
      <Row gutter={[16, 16]}>
        <Col xs={24} xl={14}>
          <Card title={t('needs.formTitle')}>
            <Form<NeedFormValues>
              layout="vertical"
              initialValues={{ productType: 'credit_loan', termMonths: 12, urgency: 'normal' }}
              onFinish={onFinish}
              data-testid="need-form"
            >
              <FailureAlert error={createNeed.error} spaced />
              <Form.Item name="productType" label={t('fields.productType')} rules={[required]}>
                <Select options={types} />
              </Form.Item>
              <Row gutter={16}>
                <Col xs={24} md={12}>
                  <YuanField name="amount" label={t('needs.amountYuan')} maxFen={amountFenMax} />
                </Col>
                <Col xs={24} md={12}>
                  <Form.Item name="termMonths" label={t('needs.termMonths')} rules={[required]}>
                    <MonthsInput />
                  </Form.Item>
                </Col>
              </Row>
              <TextField
                name="purpose"
                label={t('fields.purpose')}
                extra={t('needs.purposeHint')}
                max={purposeLengthMax}
                rows={3}
              />
              <Form.Item name="urgency" label={t('fields.urgency')} rules={[required]}>
                <Radio.Group options={urgencyOptions} optionType="button" />
              </Form.Item>
              <FormActions
                label={t('needs.submit')}
                submitting={createNeed.isPending}
                backTo="/finance/needs"
              />
            </Form>
          </Card>
        </Col>
        <Col xs={24} xl={10}>
          <Card title={t('needs.howTitle')}>
            <Typography.Paragraph>{t('needs.how1')}</Typography.Paragraph>
            <Typography.Paragraph>{t('needs.how2')}</Typography.Paragraph>
            <Typography.Paragraph style={{ marginBottom: 0 }}>{t('needs.how3')}</Typography.Paragraph>
          </Card>
        </Col>
      </Row>
    </>
  )
}
