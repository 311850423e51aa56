// A case's status and an item's mode as coloured tags, in the current language.
import { Tag } from 'antd'
import { useTranslation } from 'react-i18next'
import type { CaseStatus, MaterialSource, ServiceMode } from './services.types'

const statusColours: Record<CaseStatus, string> = {
  submitted: 'processing',
  intake_incomplete: 'warning',
  in_review: 'blue',
  review_paused: 'warning',
  approved: 'success',
  refused: 'error',
  not_accepted: 'error',
  withdrawn: 'default',
}
const modeColours: Record<ServiceMode, string> = { online: 'green', proxy: 'geekblue', joint: 'purple' }
const sourceColours: Record<MaterialSource, string> = { upload: 'default', registry: 'cyan', licence: 'gold' }

export function CaseStatusTag({ status }: { status: CaseStatus }) {
  const { t } = useTranslation('services')
  return (
    <Tag color={statusColours[status]} data-testid="case-status">
      {t(`enums.caseStatus.${status}`)}
    </Tag>
  )
}

export function ModeTag({ mode }: { mode: ServiceMode }) {
  const { t } = useTranslation('services')
  return <Tag color={modeColours[mode]}>{t(`enums.mode.${mode}`)}</Tag>
}

export function MaterialSourceTag({ source }: { source: MaterialSource }) {
  const { t } = useTranslation('services')
  return <Tag color={sourceColours[source]}>{t(`enums.materialSource.${source}`)}</Tag>
}
