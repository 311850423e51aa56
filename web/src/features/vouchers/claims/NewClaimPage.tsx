// A firm claims (申领) a voucher under an open scheme of its city; the scheme's caps are shown before it asks.
import { Alert, App, Button, Card, Col, Empty, Flex, Form, Input, Row, Select, Skeleton } from 'antd'
import { useTranslation } from 'react-i18next'
import { useNavigate } from 'react-router'
import type { CityCode } from '../../../shared/api/types'
import { formatFen } from '../../../shared/format/format'
import { yuanToFen } from '../../../shared/format/yuan'
import { useLanguage } from '../../../shared/i18n/useLanguage'
import { useCurrentUser } from '../../../shared/session/SessionContext'
import { cityCodes, isOneOf } from '../../../shared/ui/enums'
import { useErrorText } from '../../../shared/ui/errorText'
import { InlineError } from '../../../shared/ui/PageError'
import { PageTitle } from '../../../shared/ui/PageTitle'
import { YuanInput } from '../../../shared/ui/YuanInput'
import { useYuanRule } from '../../../shared/ui/yuanRule'
import { SchemeRules } from '../schemes/SchemeRules'
import { useOpenSchemesOf } from '../schemes/schemes.queries'
import { useClaimRefusalHint } from './claimRefusal'
import { useSubmitClaim } from './claims.queries'

interface ClaimFormValues {
  schemeId: string
  amount: string
  purpose: string
}

const purposeLengthMax = 1000

export function NewClaimPage() {
  const { t } = useTranslation('vouchers')
  const user = useCurrentUser()
  return (
    <>
      <PageTitle title={t('claims.new')} subtitle={t('claims.newSubtitle')} />
      {isOneOf(cityCodes, user.cityCode) ? (
        <ClaimForm cityCode={user.cityCode} />
      ) : (
        <Alert type="warning" showIcon title={t('claims.noCity')} />
      )}
    </>
  )
}

function ClaimForm({ cityCode }: { cityCode: CityCode }) {
  const { t } = useTranslation('vouchers')
  const { language, nameOf } = useLanguage()
  const { notification } = App.useApp()
  const navigate = useNavigate()
  const errorText = useErrorText()
  const refusalHint = useClaimRefusalHint()
  const yuanRule = useYuanRule()
  const [form] = Form.useForm<ClaimFormValues>()
  const schemeId = Form.useWatch('schemeId', form)
  const schemes = useOpenSchemesOf(cityCode)
  const submitClaim = useSubmitClaim()
  const scheme = schemes.data?.find((candidate) => candidate.id === schemeId)

  const onFinish = (values: ClaimFormValues) =>
    submitClaim.mutate(
      {
        schemeId: values.schemeId,
        requestedAmountFen: yuanToFen(values.amount),
        purpose: values.purpose.trim(),
      },
      {
        onSuccess: (claim) => {
          notification.success({
            title: t('claims.submitted', {
              amount: formatFen(claim.requestedAmountFen, language),
            }),
          })
          void navigate('/vouchers/claims')
        },
      },
    )

  if (schemes.isError) return <InlineError error={schemes.error} onRetry={() => void schemes.refetch()} />
  if (schemes.isPending) return <Skeleton active />
  if (schemes.data.length === 0) {
    return (
      <Card>
        <Empty description={t('claims.noOpenScheme')} />
      </Card>
    )
  }
  return (
    <Row gutter={[16, 16]}>
      <Col xs={24} xl={10}>
        <Card title={t('claims.formTitle')}>
          <Form<ClaimFormValues> form={form} layout="vertical" onFinish={onFinish} data-testid="claim-form">
            {submitClaim.isError && (
              <Alert
                type="error"
                showIcon
                role="alert"
                title={errorText(submitClaim.error)}
                description={refusalHint(submitClaim.error)}
                style={{ marginBottom: 16 }}
              />
            )}
            <Form.Item
              name="schemeId"
              label={t('fields.scheme')}
              rules={[{ required: true, message: t('form.required') }]}
            >
              <Select
                placeholder={t('claims.chooseScheme')}
                options={schemes.data.map((candidate) => ({ value: candidate.id, label: nameOf(candidate) }))}
              />
            </Form.Item>
            <Form.Item
              name="amount"
              label={t('claims.requestedYuan')}
              extra={
                scheme === undefined
                  ? undefined
                  : t('claims.capHint', { amount: formatFen(scheme.claimCapFen, language) })
              }
              dependencies={['schemeId']}
              rules={[
                { required: true, message: t('form.required') },
                yuanRule({ maxFen: scheme?.claimCapFen ?? Number.MAX_SAFE_INTEGER }),
              ]}
            >
              <YuanInput />
            </Form.Item>
            <Form.Item
              name="purpose"
              label={t('claims.purpose')}
              extra={t('claims.purposeHint')}
              rules={[
                { required: true, whitespace: true, message: t('form.required') },
                { max: purposeLengthMax, message: t('form.tooLong') },
              ]}
            >
              <Input.TextArea rows={4} maxLength={purposeLengthMax} showCount />
            </Form.Item>
            <Button type="primary" htmlType="submit" loading={submitClaim.isPending}>
              {t('claims.submit')}
            </Button>
          </Form>
        </Card>
      </Col>
      <Col xs={24} xl={14}>
        <Card title={t('claims.rulesTitle')}>
          {scheme === undefined ? (
            <Empty description={t('claims.chooseSchemeFirst')} />
          ) : (
            <Flex vertical gap="small">
              <Alert
                type="info"
                title={t('claims.budgetLeft', {
                  amount: formatFen(scheme.budget.availableFen, language),
                })}
              />
              <SchemeRules scheme={scheme} narrow />
            </Flex>
          )}
        </Card>
      </Col>
    </Row>
  )
}
