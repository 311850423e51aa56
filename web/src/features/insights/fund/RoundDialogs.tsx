// The office's moves on an investment: a follow-on round in the same firm (the same stage or a later one), and
// the exit (once, not before the investment, not in the future) with its kind and proceeds.
import { App, Form, Select } from 'antd'
import { useTranslation } from 'react-i18next'
import { yuanToFen } from '../../../shared/format/yuan'
import { useLanguage } from '../../../shared/i18n/useLanguage'
import { FormDialog } from '../../../shared/ui/ActionDialog'
import { DayPicker } from '../../../shared/ui/dayPickers'
import { YuanField } from '../../../shared/ui/formFields'
import { useFormRules } from '../../../shared/ui/formRules'
import { useExit, useFollowOn } from '../common/insights.queries'
import type { FundExitKind, FundFigures, FundStage, Investment } from '../common/insights.types'
import {
  fundExitKinds,
  investmentFenMax,
  investmentFenMin,
  proceedsFenMax,
  stageOf,
  stageOptions,
} from './fundOptions'

interface FollowOnValues {
  stage: FundStage
  amountYuan: string
  investedOn: string
}

interface DialogProps {
  investment: Investment
  figures: FundFigures | undefined
  onClose: () => void
}

export function FollowOnDialog({ investment, figures, onClose }: DialogProps) {
  const { t } = useTranslation('insights')
  const { nameOf } = useLanguage()
  const { required } = useFormRules()
  const { notification } = App.useApp()
  const [form] = Form.useForm<FollowOnValues>()
  const followOn = useFollowOn(investment.id)
  const from = stageOf(investment.stage.code)
  return (
    <FormDialog<FollowOnValues>
      title={t('fund.followOnTitle', { number: investment.number, firm: nameOf(investment.firm) })}
      okText={t('fund.followOnSubmit')}
      onClose={onClose}
      mutation={followOn}
      form={form}
      testId="follow-on-form"
      onFinish={(values) =>
        followOn.mutate(
          { stage: values.stage, amountFen: yuanToFen(values.amountYuan), investedOn: values.investedOn },
          {
            onSuccess: (detail) => {
              notification.success({ title: t('fund.followOnDone', { number: detail.investment.number }) })
              onClose()
            },
          },
        )
      }
    >
      <Form.Item name="stage" label={t('fund.stage')} rules={[required]}>
        <Select options={stageOptions(figures, nameOf, from)} />
      </Form.Item>
      <YuanField
        name="amountYuan"
        label={t('fund.amount')}
        minFen={investmentFenMin}
        maxFen={investmentFenMax}
      />
      <Form.Item name="investedOn" label={t('fund.investedOn')} rules={[required]}>
        <DayPicker disabledDay={(day) => day < investment.investedOn} />
      </Form.Item>
    </FormDialog>
  )
}

interface ExitValues {
  exitKind: FundExitKind
  exitedOn: string
  proceedsYuan: string
}

export function ExitDialog({ investment, onClose }: Omit<DialogProps, 'figures'>) {
  const { t } = useTranslation('insights')
  const { nameOf } = useLanguage()
  const { required } = useFormRules()
  const { notification } = App.useApp()
  const [form] = Form.useForm<ExitValues>()
  const exit = useExit(investment.id)
  return (
    <FormDialog<ExitValues>
      title={t('fund.exitTitle', { number: investment.number, firm: nameOf(investment.firm) })}
      okText={t('fund.exitSubmit')}
      onClose={onClose}
      mutation={exit}
      form={form}
      danger
      testId="exit-form"
      explained={t('fund.exitExplained')}
      onFinish={(values) =>
        exit.mutate(
          {
            exitKind: values.exitKind,
            exitedOn: values.exitedOn,
            exitProceedsFen: yuanToFen(values.proceedsYuan),
          },
          {
            onSuccess: () => {
              notification.success({ title: t('fund.exitDone', { number: investment.number }) })
              onClose()
            },
          },
        )
      }
    >
      <Form.Item name="exitKind" label={t('fund.exitKind')} rules={[required]}>
        <Select
          options={fundExitKinds.map((kind) => ({ value: kind, label: t(`fund.exitKinds.${kind}`) }))}
        />
      </Form.Item>
      <Form.Item name="exitedOn" label={t('fund.exitedOn')} rules={[required]}>
        <DayPicker disabledDay={(day) => day < investment.investedOn} />
      </Form.Item>
      <YuanField name="proceedsYuan" label={t('fund.exitProceeds')} minFen={0} maxFen={proceedsFenMax} />
    </FormDialog>
  )
}
