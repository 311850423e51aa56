// The office records an investment of the fund: from an equity referral waiting for one (its firm and approved
// amount filled in), or directly in a firm found by name; its industry, stage, amount and day. Capital is called
// from every backer pro rata.
import { App, Form, Select } from 'antd'
import { useTranslation } from 'react-i18next'
import { formatFen } from '../../../shared/format/format'
import { fenToYuanText, yuanToFen } from '../../../shared/format/yuan'
import { useLanguage } from '../../../shared/i18n/useLanguage'
import { FormDialog } from '../../../shared/ui/ActionDialog'
import { DayPicker } from '../../../shared/ui/dayPickers'
import { YuanField } from '../../../shared/ui/formFields'
import { useFormRules } from '../../../shared/ui/formRules'
import { FirmSelect } from '../../finance/cases/FirmSelect'
import { useEquityReferrals, useInvest } from '../common/insights.queries'
import type { FundFigures, FundStage, InvestmentDetail } from '../common/insights.types'
import { industryOptions, investmentFenMax, investmentFenMin, stageOptions } from './fundOptions'

interface InvestValues {
  referralId?: string
  firmId: string
  industry: string
  stage: FundStage
  amountYuan: string
  investedOn: string
}

export function InvestDialog({
  figures,
  onClose,
  onDone,
}: {
  figures: FundFigures | undefined
  onClose: () => void
  onDone: (detail: InvestmentDetail) => void
}) {
  const { t } = useTranslation('insights')
  const { language, nameOf } = useLanguage()
  const { required } = useFormRules()
  const { notification } = App.useApp()
  const [form] = Form.useForm<InvestValues>()
  const referrals = useEquityReferrals(true)
  const invest = useInvest()
  const referralId = Form.useWatch('referralId', form)
  const referral = referrals.data?.items.find((item) => item.id === referralId)
  const onFinish = (values: InvestValues) =>
    invest.mutate(
      {
        firmId: referral?.firm.id ?? values.firmId,
        industry: values.industry,
        stage: values.stage,
        amountFen: yuanToFen(values.amountYuan),
        investedOn: values.investedOn,
        ...(referral === undefined ? {} : { referralId: referral.id }),
      },
      {
        onSuccess: (detail) => {
          notification.success({ title: t('fund.investDone', { number: detail.investment.number }) })
          onDone(detail)
        },
      },
    )
  return (
    <FormDialog<InvestValues>
      title={t('fund.invest')}
      okText={t('fund.investSubmit')}
      onClose={onClose}
      mutation={invest}
      form={form}
      onFinish={onFinish}
      testId="invest-form"
      explained={t('fund.investExplained')}
    >
      <Form.Item name="referralId" label={t('fund.fromReferral')} extra={t('fund.fromReferralHint')}>
        <Select
          allowClear
          loading={referrals.isPending}
          placeholder={t('fund.noReferral')}
          options={(referrals.data?.items ?? []).map((item) => ({
            value: item.id,
            label: `${nameOf(item.firm)} · ${nameOf(item.institution)} · ${formatFen(item.approvedAmountFen, language)}`,
          }))}
          onChange={(id?: string) => {
            const chosen = referrals.data?.items.find((item) => item.id === id)
            if (chosen !== undefined)
              form.setFieldValue('amountYuan', fenToYuanText(chosen.approvedAmountFen))
          }}
        />
      </Form.Item>
      {referral === undefined ? (
        <Form.Item name="firmId" label={t('fund.firm')} rules={[required]}>
          <FirmSelect city={undefined} />
        </Form.Item>
      ) : (
        <Form.Item label={t('fund.firm')}>{nameOf(referral.firm)}</Form.Item>
      )}
      <Form.Item name="industry" label={t('fund.industry')} rules={[required]}>
        <Select options={industryOptions(figures, nameOf)} />
      </Form.Item>
      <Form.Item name="stage" label={t('fund.stage')} rules={[required]}>
        <Select options={stageOptions(figures, nameOf)} />
      </Form.Item>
      <YuanField
        name="amountYuan"
        label={t('fund.amount')}
        minFen={investmentFenMin}
        maxFen={investmentFenMax}
      />
      <Form.Item name="investedOn" label={t('fund.investedOn')} rules={[required]}>
        <DayPicker />
      </Form.Item>
    </FormDialog>
  )
}
