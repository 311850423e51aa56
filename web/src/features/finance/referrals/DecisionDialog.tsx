// The institution's decision on a referral: approved (amount in yuan, rate over the LPR within the product's cap for
// loans, term) or declined with a reason.
import { App, Form, Radio } from 'antd'
import { useTranslation } from 'react-i18next'
import { formatFen } from '../../../shared/format/format'
import { fenToYuanText, yuanToFen } from '../../../shared/format/yuan'
import { useLanguage } from '../../../shared/i18n/useLanguage'
import { FormDialog } from '../../../shared/ui/ActionDialog'
import { ReasonField } from '../../../shared/ui/ReasonDialog'
import { YuanField } from '../../../shared/ui/formFields'
import { useFormRules } from '../../../shared/ui/formRules'
import { isLending } from '../common/enums'
import type { DecideReferralBody, FinanceProduct, Referral } from '../common/finance.types'
import { formatMonthRange } from '../common/format'
import { MonthsInput, RateBpsInput, rateCapBpsMax } from '../common/inputs'
import { useDecideReferral } from './referrals.queries'

type Decision = 'approved' | 'declined'

interface DecisionValues {
  decision: Decision
  amount?: string
  rateBps?: number
  termMonths?: number
  reason?: string
}

interface DecisionDialogProps {
  referral: Referral
  product: FinanceProduct
  initialDecision: Decision
  onClose: () => void
}

export function DecisionDialog({ referral, product, initialDecision, onClose }: DecisionDialogProps) {
  const { t } = useTranslation('finance')
  const { language } = useLanguage()
  const { notification } = App.useApp()

  const decide = useDecideReferral()
  const [form] = Form.useForm<DecisionValues>()
  const decision = Form.useWatch('decision', form) ?? initialDecision
  const lending = isLending(product.productType)
  const { required } = useFormRules()

  const bodyOf = (values: DecisionValues): DecideReferralBody =>
    values.decision === 'declined'
      ? { decision: 'declined', reason: (values.reason ?? '').trim() }
      : {
          decision: 'approved',
          approvedAmountFen: yuanToFen(values.amount ?? ''),
          termMonths: values.termMonths ?? product.termMinMonths,
          ...(lending && values.rateBps !== undefined ? { rateBps: values.rateBps } : {}),
        }

  const onFinish = (values: DecisionValues) =>
    decide.mutate(
      { id: referral.id, body: bodyOf(values) },
      {
        onSuccess: (decided) => {
          notification.success({
            title:
              decided.status === 'approved'
                ? t('decision.approvedDone', {
                    amount: formatFen(decided.approvedAmountFen ?? 0, language),
                  })
                : t('decision.declinedDone'),
          })
          onClose()
        },
      },
    )

  return (
    <FormDialog
      form={form}
      initialValues={{
        decision: initialDecision,
        amount: fenToYuanText(Math.min(referral.requestedAmountFen, product.amountMaxFen)),
        termMonths: product.termMinMonths,
        ...(lending && product.rateCapBps !== null ? { rateBps: product.rateCapBps } : {}),
      }}
      onFinish={onFinish}
      testId="decision-form"
      title={t('decision.title')}
      okText={decision === 'approved' ? t('decision.approve') : t('decision.decline')}
      mutation={decide}
      danger={decision === 'declined'}
      onClose={onClose}
    >
      <Form.Item name="decision" label={t('decision.decision')}>
        <Radio.Group
          optionType="button"
          buttonStyle="solid"
          options={[
            { value: 'approved', label: t('decision.approve') },
            { value: 'declined', label: t('decision.decline') },
          ]}
        />
      </Form.Item>
      {decision === 'approved' ? (
        <>
          <YuanField
            name="amount"
            label={t('decision.amountYuan')}
            extra={t('decision.amountHint', {
              requested: formatFen(referral.requestedAmountFen, language),
              max: formatFen(product.amountMaxFen, language),
            })}
            maxFen={product.amountMaxFen}
          />
          {lending && (
            <Form.Item
              name="rateBps"
              label={t('decision.rateBps')}
              extra={t('decision.rateHint', { cap: product.rateCapBps ?? 0 })}
              rules={[required]}
            >
              <RateBpsInput max={product.rateCapBps ?? rateCapBpsMax} />
            </Form.Item>
          )}
          <Form.Item
            name="termMonths"
            label={t('decision.termMonths')}
            extra={t('decision.termHint', {
              range: formatMonthRange(product.termMinMonths, product.termMaxMonths, t),
            })}
            rules={[required]}
          >
            <MonthsInput />
          </Form.Item>
        </>
      ) : (
        <ReasonField label={t('decision.reason')} required showCount />
      )}
    </FormDialog>
  )
}
