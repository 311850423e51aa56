// The score card's two doors: a firm's own (/finance/score) and any firm's for its city's officers and
// workstation and the corridor office (/finance/firms/:id).
import { Alert } from 'antd'
import { useTranslation } from 'react-i18next'
import { useParams } from 'react-router'
import { useCurrentUser } from '../../../shared/session/SessionContext'
import { FirmName } from '../../registry/firms/FirmName'
import { ScoreView } from './ScoreView'

export function MyScorePage() {
  const { t } = useTranslation('finance')
  const user = useCurrentUser()
  if (user.organisationId === null) return <Alert type="warning" showIcon title={t('noFirm')} />
  return <ScoreView firmId={user.organisationId} title={t('nav.myScore')} />
}

export function FirmScorePage() {
  const { id = '' } = useParams()
  return <ScoreView firmId={id} title={<FirmName id={id} />} />
}
