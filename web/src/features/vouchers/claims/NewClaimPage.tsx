// A firm claims (申领) a voucher under an open scheme of its city; the scheme's caps are shown before it asks.
import { Alert, App, Button, Card, Col, Empty, Flex, Form, Row, Select, Skeleton } from 'antd'
import { useTranslation } from 'react-i18next'
import { useNavigate } from 'react-router'
import type { CityCode } from '../../../shared/api/types'
import { formatFen } from '../../../shared/format/format'
import { yuanToFen } from '../../../shared/format/yuan'
import { useLanguage } from '../../../shared/i18n/useLanguage'
import { useCurrentUser } from '../../../shared/session/SessionContext'
import { cityCodes, isOneOf } from '../../../shared/ui/enums'
import { FailureAlert } from '../../../shared/ui/FailureAlert'
import { TextField, YuanField } from '../../../shared/ui/formFields'
import { useFormRules } from '../../../shared/ui/formRules'
import { QueryError } from '../../../shared/ui/PageError'
import { PageTitle } from '../../../shared/ui/PageTitle'
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
  const refusalHint = useClaimRefusalHint()
  const { required } = useFormRules()
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

  if (schemes.isError) return <QueryError query={schemes} />
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
            <FailureAlert error={submitClaim.error} description={refusalHint(submitClaim.error)} spaced />
            <Form.Item name="schemeId" label={t('fields.scheme')} rules={[required]}>
              <Select
                placeholder={t('claims.chooseScheme')}
                options={schemes.data.map((candidate) => ({ value: candidate.id, label: nameOf(candidate) }))}
              />
            </Form.Item>
            <YuanField
              name="amount"
              label={t('claims.requestedYuan')}
              extra={
                scheme === undefined
                  ? undefined
                  : t('claims.capHint', { amount: formatFen(scheme.claimCapFen, language) })
              }
              dependencies={['schemeId']}
              maxFen={scheme?.claimCapFen ?? Number.MAX_SAFE_INTEGER}
            />
            <TextField
              name="purpose"
              label={t('claims.purpose')}
              extra={t('claims.purposeHint')}
              max={purposeLengthMax}
              rows={4}
            />
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
