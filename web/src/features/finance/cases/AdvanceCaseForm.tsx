// Moving a case on: to its next stage, or closed, always with a note; optionally a new due date and the referral
// the case led to.
import { App, Button, Form, Input, Radio, Select } from 'antd'
import { DateField } from '../../../shared/ui/DateField'
import { useTranslation } from 'react-i18next'
import { formatFen } from '../../../shared/format/format'
import { useLanguage } from '../../../shared/i18n/useLanguage'
import { FailureAlert } from '../../../shared/ui/FailureAlert'
import { useFormRules } from '../../../shared/ui/formRules'
import { caseStages } from '../common/enums'
import type { CaseStage, FinanceCase } from '../common/finance.types'
import { referralPages } from '../referrals/referrals.queries'
import { useFirstPage } from '../../../shared/list/usePagedList'
import { useAdvanceCase } from './cases.queries'

interface AdvanceValues {
  stage: CaseStage
  note: string
  dueOn?: string
  referralId?: string
}

const noteLengthMax = 2000
const referralsMax = 100

export function nextStageOf(stage: CaseStage): CaseStage | null {
  const index = caseStages.indexOf(stage)
  const next = caseStages[index + 1]
  return stage === 'closed' || next === undefined ? null : next
}

export function AdvanceCaseForm({ item }: { item: FinanceCase }) {
  const { t } = useTranslation('finance')
  const { language } = useLanguage()
  const { notification } = App.useApp()

  const advance = useAdvanceCase()
  const [form] = Form.useForm<AdvanceValues>()
  const referrals = useFirstPage(referralPages, {}, referralsMax)
  const next = nextStageOf(item.stage)
  const targets: CaseStage[] = next === null || next === 'closed' ? ['closed'] : [next, 'closed']
  const firmReferrals = (referrals.data?.items ?? []).filter((referral) => referral.firmId === item.firmId)
  const { required, text } = useFormRules()

  // awaited here, not in mutate's callbacks: once moved, the case's new stage replaces this form (it is keyed by
  // the stage), and callbacks of an unmounted mutation never run
  const onFinish = async (values: AdvanceValues) => {
    try {
      const moved = await advance.mutateAsync({
        id: item.id,
        body: {
          stage: values.stage,
          note: values.note.trim(),
          ...(values.dueOn === undefined || values.dueOn === '' ? {} : { dueOn: values.dueOn }),
          ...(values.referralId === undefined ? {} : { referralId: values.referralId }),
        },
      })
      notification.success({
        title: t('cases.advanced', { stage: t(`enums.caseStage.${moved.stage}`) }),
      })
    } catch {
      // the refusal is shown above the form (advance.error)
    }
  }

  return (
    <Form<AdvanceValues>
      form={form}
      layout="vertical"
      initialValues={{ stage: targets[0] }}
      onFinish={(values) => void onFinish(values)}
      data-testid="advance-case-form"
    >
      <FailureAlert error={advance.error} spaced />
      <Form.Item name="stage" label={t('cases.moveTo')} rules={[required]}>
        <Radio.Group
          optionType="button"
          buttonStyle="solid"
          options={targets.map((stage) => ({
            value: stage,
            label: stage === 'closed' ? t('cases.close') : t(`enums.caseStage.${stage}`),
          }))}
        />
      </Form.Item>
      <Form.Item name="note" label={t('cases.note')} rules={text(noteLengthMax)}>
        <Input.TextArea rows={3} maxLength={noteLengthMax} />
      </Form.Item>
      <Form.Item name="dueOn" label={t('cases.nextDue')}>
        <DateField />
      </Form.Item>
      {item.referralId === null && firmReferrals.length > 0 && (
        <Form.Item name="referralId" label={t('cases.linkReferral')}>
          <Select
            allowClear
            options={firmReferrals.map((referral) => ({
              value: referral.id,
              label: `${t(`enums.productType.${referral.productType}`)} · ${formatFen(referral.requestedAmountFen, language)} · ${t(`enums.referralStatus.${referral.status}`)}`,
            }))}
          />
        </Form.Item>
      )}
      <Button type="primary" htmlType="submit" loading={advance.isPending}>
        {t('cases.advance')}
      </Button>
    </Form>
  )
}
