// The institution's decision on a referral: approved (amount in yuan, rate over the LPR within the product's cap for
// loans, term) or declined with a reason.
import { Alert, App, Form, InputNumber, Modal, Radio } from 'antd'
import { useTranslation } from 'react-i18next'
import { formatFen } from '../../../shared/format/format'
import { fenToYuanText, yuanToFen } from '../../../shared/format/yuan'
import { useLanguage } from '../../../shared/i18n/useLanguage'
import { useErrorText } from '../../../shared/ui/errorText'
import { ReasonField } from '../../../shared/ui/ReasonDialog'
import { YuanInput } from '../../../shared/ui/YuanInput'
import { useYuanRule } from '../../../shared/ui/yuanRule'
import { isLending } from '../common/enums'
import type { DecideReferralBody, FinanceProduct, Referral } from '../common/finance.types'
import { formatMonthRange } from '../common/format'
import { useDecideReferral } from './referrals.queries'

type Decision = 'approved' | 'declined'

interface DecisionValues {
  decision: Decision
  amount?: string
  rateBps?: number
  termMonths?: number
  reason?: string
}

const termMonthsMax = 360

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
  const errorText = useErrorText()
  const yuanRule = useYuanRule()
  const decide = useDecideReferral()
  const [form] = Form.useForm<DecisionValues>()
  const decision = Form.useWatch('decision', form) ?? initialDecision
  const lending = isLending(product.productType)
  const required = { required: true, message: t('form.required') }

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
    <Modal
      open
      title={t('decision.title')}
      okText={decision === 'approved' ? t('decision.approve') : t('decision.decline')}
      okButtonProps={{ loading: decide.isPending, danger: decision === 'declined' }}
      onOk={form.submit}
      cancelText={t('common.back')}
      onCancel={onClose}
      destroyOnHidden
    >
      {decide.isError && (
        <Alert
          type="error"
          showIcon
          role="alert"
          title={errorText(decide.error)}
          style={{ marginBottom: 16 }}
        />
      )}
      <Form<DecisionValues>
        form={form}
        layout="vertical"
        initialValues={{
          decision: initialDecision,
          amount: fenToYuanText(Math.min(referral.requestedAmountFen, product.amountMaxFen)),
          termMonths: product.termMinMonths,
          ...(lending && product.rateCapBps !== null ? { rateBps: product.rateCapBps } : {}),
        }}
        onFinish={onFinish}
        data-testid="decision-form"
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
            <Form.Item
              name="amount"
              label={t('decision.amountYuan')}
              extra={t('decision.amountHint', {
                requested: formatFen(referral.requestedAmountFen, language),
                max: formatFen(product.amountMaxFen, language),
              })}
              rules={[required, yuanRule({ maxFen: product.amountMaxFen })]}
            >
              <YuanInput />
            </Form.Item>
            {lending && (
              <Form.Item
                name="rateBps"
                label={t('decision.rateBps')}
                extra={t('decision.rateHint', { cap: product.rateCapBps ?? 0 })}
                rules={[required]}
              >
                <InputNumber
                  min={0}
                  max={product.rateCapBps ?? 2000}
                  precision={0}
                  prefix={t('rate.lprPrefix')}
                  suffix="bp"
                  style={{ width: '100%' }}
                />
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
              <InputNumber
                min={1}
                max={termMonthsMax}
                precision={0}
                suffix={t('monthsUnit')}
                style={{ width: '100%' }}
              />
            </Form.Item>
          </>
        ) : (
          <ReasonField label={t('decision.reason')} required showCount />
        )}
      </Form>
    </Modal>
  )
}
