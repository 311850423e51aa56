import { Tag } from 'antd'
import { useTranslation } from 'react-i18next'
import type { AdmissionStatus } from '../../../shared/api/types'

const colours: Record<AdmissionStatus, string> = {
  self_evaluation: 'default',
  credit_check: 'processing',
  public_notice: 'warning',
  active: 'success',
  suspended: 'orange',
  blacklisted: 'error',
}

/** Where a provider stands in admission: self-evaluation → credit check → public notice → active. */
export function AdmissionStatusTag({ status }: { status: AdmissionStatus }) {
  const { t } = useTranslation('registry')
  return <Tag color={colours[status]}>{t(`enums.admissionStatus.${status}`)}</Tag>
}
