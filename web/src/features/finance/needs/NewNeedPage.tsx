// A firm states a financing need: what kind of finance, how much (in yuan), for how long, what for and how urgent.
// Once stated, it opens the need's ranked matches.
import {
  Alert,
  App,
  Button,
  Card,
  Col,
  Flex,
  Form,
  Input,
  InputNumber,
  Radio,
  Row,
  Select,
  Typography,
} from 'antd'
import { useTranslation } from 'react-i18next'
import { useNavigate } from 'react-router'
import { formatFen } from '../../../shared/format/format'
import { yuanToFen } from '../../../shared/format/yuan'
import { useLanguage } from '../../../shared/i18n/useLanguage'
import { useErrorText } from '../../../shared/ui/errorText'
import { LinkButton } from '../../../shared/ui/LinkButton'
import { PageTitle } from '../../../shared/ui/PageTitle'
import { YuanInput } from '../../../shared/ui/YuanInput'
import { useYuanRule } from '../../../shared/ui/yuanRule'
import { enumOptions } from '../../../shared/reference/options'
import { productTypes, urgencies } from '../common/enums'
import type { ProductType, Urgency } from '../common/finance.types'
import { useCreateNeed } from './needs.queries'

interface NeedFormValues {
  productType: ProductType
  amount: string
  termMonths: number
  purpose: string
  urgency: Urgency
}

/** the API's bounds */
const amountFenMax = 1_000_000_000_000
const termMonthsMax = 360
const purposeLengthMax = 500

export function NewNeedPage() {
  const { t } = useTranslation('finance')
  const { language } = useLanguage()
  const { notification } = App.useApp()
  const navigate = useNavigate()
  const errorText = useErrorText()
  const yuanRule = useYuanRule()
  const createNeed = useCreateNeed()
  const types = enumOptions(productTypes, (type) => t(`enums.productType.${type}`))
  const urgencyOptions = enumOptions(urgencies, (urgency) => t(`enums.urgency.${urgency}`))
  const required = { required: true, message: t('form.required') }

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
              {createNeed.isError && (
                <Alert
                  type="error"
                  showIcon
                  role="alert"
                  title={errorText(createNeed.error)}
                  style={{ marginBottom: 16 }}
                />
              )}
              <Form.Item name="productType" label={t('fields.productType')} rules={[required]}>
                <Select options={types} />
              </Form.Item>
              <Row gutter={16}>
                <Col xs={24} md={12}>
                  <Form.Item
                    name="amount"
                    label={t('needs.amountYuan')}
                    rules={[required, yuanRule({ maxFen: amountFenMax })]}
                  >
                    <YuanInput />
                  </Form.Item>
                </Col>
                <Col xs={24} md={12}>
                  <Form.Item name="termMonths" label={t('needs.termMonths')} rules={[required]}>
                    <InputNumber
                      min={1}
                      max={termMonthsMax}
                      precision={0}
                      suffix={t('monthsUnit')}
                      style={{ width: '100%' }}
                    />
                  </Form.Item>
                </Col>
              </Row>
              <Form.Item
                name="purpose"
                label={t('fields.purpose')}
                extra={t('needs.purposeHint')}
                rules={[
                  { ...required, whitespace: true },
                  { max: purposeLengthMax, message: t('form.tooLong') },
                ]}
              >
                <Input.TextArea rows={3} maxLength={purposeLengthMax} showCount />
              </Form.Item>
              <Form.Item name="urgency" label={t('fields.urgency')} rules={[required]}>
                <Radio.Group options={urgencyOptions} optionType="button" />
              </Form.Item>
              <Flex gap="small">
                <Button type="primary" htmlType="submit" loading={createNeed.isPending}>
                  {t('needs.submit')}
                </Button>
                <LinkButton to="/finance/needs">{t('common.back')}</LinkButton>
              </Flex>
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
