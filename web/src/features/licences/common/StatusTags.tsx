// A licence's status and a key's state as coloured tags, in the current language.
import { Tag } from 'antd'
import { useTranslation } from 'react-i18next'
import type { KeyState, LicenceStatus, ProofKeyState } from './licences.types'

export const statusColours: Record<LicenceStatus, string> = {
  active: 'success',
  suspended: 'warning',
  revoked: 'error',
}

const keyStateColours: Record<ProofKeyState, string> = {
  active: 'success',
  retired: 'default',
  compromised: 'error',
  unknown: 'warning',
}

export function LicenceStatusTag({ status }: { status: LicenceStatus }) {
  const { t } = useTranslation('licences')
  return (
    <Tag color={statusColours[status]} data-testid="licence-status" data-status={status}>
      {t(`enums.status.${status}`)}
    </Tag>
  )
}

export function KeyStateTag({ state }: { state: KeyState | ProofKeyState }) {
  const { t } = useTranslation('licences')
  return (
    <Tag color={keyStateColours[state]} data-testid="key-state">
      {t(`enums.keyState.${state}`)}
    </Tag>
  )
}
