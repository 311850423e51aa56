// The competent city decides a case: approve, approve with conditions (the conditions in words), or refuse (不予许可,
// the reason in words). Only the decisions the server lists for the caller are offered.
import { Form, Input, Radio } from 'antd'
import { useTranslation } from 'react-i18next'
import { FormDialog } from '../../../shared/ui/ActionDialog'
import { ReasonField, reasonLengthMax } from '../../../shared/ui/ReasonDialog'
import { useFormRules } from '../../../shared/ui/formRules'
import type { CaseAction } from '../common/enums'
import { useDecide } from '../common/services.queries'
import type { CaseDecision } from '../common/services.types'

interface DecideValues {
  decision: CaseDecision
  conditions?: string
  reason?: string
}

const decisionOf: Partial<Record<CaseAction, CaseDecision>> = {
  approve: 'approved',
  approve_with_conditions: 'approved_with_conditions',
  refuse: 'refused',
}

export function DecideDialog({
  caseId,
  number,
  actions,
  onDone,
  onClose,
}: {
  caseId: string
  number: string
  actions: readonly CaseAction[]
  onDone: (decision: CaseDecision) => void
  onClose: () => void
}) {
  const { t } = useTranslation('services')
  const { text } = useFormRules()
  const decide = useDecide()
  const [form] = Form.useForm<DecideValues>()
  const decision = Form.useWatch('decision', form)
  const decisions = actions.flatMap((action) => {
    const offered = decisionOf[action]
    return offered === undefined ? [] : [offered]
  })
  return (
    <FormDialog
      form={form}
      title={t('moves.decideTitle', { number })}
      okText={t('moves.decide')}
      mutation={decide}
      danger={decision === 'refused'}
      onClose={onClose}
      initialValues={{ decision: decisions[0] ?? 'approved' }}
      testId="decide-form"
      onFinish={(values) =>
        decide.mutate(
          {
            id: caseId,
            body: {
              decision: values.decision,
              ...(values.decision === 'approved_with_conditions' && values.conditions !== undefined
                ? { conditions: values.conditions.trim() }
                : {}),
              ...(values.decision === 'refused' && values.reason !== undefined
                ? { reason: values.reason.trim() }
                : {}),
            },
          },
          { onSuccess: () => onDone(values.decision) },
        )
      }
    >
      <Form.Item name="decision" label={t('moves.decision')}>
        <Radio.Group options={decisions.map((value) => ({ value, label: t(`enums.decision.${value}`) }))} />
      </Form.Item>
      {decision === 'approved_with_conditions' && (
        <Form.Item name="conditions" label={t('moves.conditions')} rules={text(reasonLengthMax)}>
          <Input.TextArea rows={3} maxLength={reasonLengthMax} showCount />
        </Form.Item>
      )}
      {decision === 'refused' && (
        <ReasonField label={t('moves.refusalReason')} hint={t('moves.refusalHint')} required rows={3} />
      )}
    </FormDialog>
  )
}
