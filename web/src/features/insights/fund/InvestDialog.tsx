// The office records an investment of the fund: from an equity referral waiting for one, found by its firm's name or
// credit code (its firm and approved amount filled in), or directly in a firm found by name; its industry, stage, amount and day. Capital is called
// from every backer pro rata.
import { App, Form, Select } from 'antd'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { fenToYuanText, yuanToFen } from '../../../shared/format/yuan'
import { useLanguage } from '../../../shared/i18n/useLanguage'
import { FormDialog } from '../../../shared/ui/ActionDialog'
import { DayPicker } from '../../../shared/ui/dayPickers'
import { YuanField } from '../../../shared/ui/formFields'
import { useFormRules } from '../../../shared/ui/formRules'
import { FirmSelect } from '../../finance/cases/FirmSelect'
import { useInvest } from '../common/insights.queries'
import type { EquityReferral, FundFigures, FundStage, InvestmentDetail } from '../common/insights.types'
import { industryOptions, investmentFenMax, investmentFenMin, stageOptions } from './fundOptions'
import { ReferralSelect } from './ReferralSelect'

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
  const { nameOf } = useLanguage()
  const { required } = useFormRules()
  const { notification } = App.useApp()
  const [form] = Form.useForm<InvestValues>()
  const invest = useInvest()
  // the referral chosen, kept apart from the picker's page: a new search must not forget it
  const [referral, setReferral] = useState<EquityReferral | undefined>(undefined)
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
        <ReferralSelect
          onChoose={(chosen) => {
            setReferral(chosen)
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
