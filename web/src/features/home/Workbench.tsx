// The role's workbench: a tile per queue with its count, each a link to the queue with the count's filter, and the
// caller's own figures (money in yuan, a score in points), all from one request.
import { Card, Col, Row, Skeleton, Statistic } from 'antd'
import { useTranslation } from 'react-i18next'
import { Link } from 'react-router'
import { formatCount, formatFen } from '../../shared/format/format'
import { useLanguage } from '../../shared/i18n/useLanguage'
import { useCurrentUser } from '../../shared/session/SessionContext'
import { InlineError } from '../../shared/ui/PageError'
import { Panel } from '../../shared/ui/Panel'
import { useWorkbench } from './workbench.queries'
import { tileQueueOf } from './workbenchQueues'

const tenthsPerPoint = 10

export function Workbench() {
  const { t } = useTranslation('home')
  const { language } = useLanguage()
  const user = useCurrentUser()
  const workbench = useWorkbench()
  if (workbench.isError)
    return <InlineError error={workbench.error} onRetry={() => void workbench.refetch()} />
  if (workbench.data === undefined) return <Skeleton active />
  const { tiles, figures } = workbench.data
  if (tiles.length === 0 && figures.length === 0) return null
  const countText = (count: number, exact: boolean) =>
    exact ? formatCount(count, language) : t('workbench.moreThan', { count: formatCount(count, language) })
  const figureText = (value: number, unit: 'fen' | 'tenths') =>
    unit === 'fen' ? formatFen(value, language) : formatCount(value / tenthsPerPoint, language)

  return (
    <Panel title={t('workbench.title')} extra={t('workbench.hint')}>
      <Row gutter={[16, 16]} data-testid="workbench">
        {tiles.map((tile) => (
          <Col key={tile.key} xs={12} md={8} xl={6}>
            <Link
              to={tileQueueOf(tile.key, user.id)}
              data-testid={`workbench-tile-${tile.key}`}
              data-count={tile.count}
              className="g60-workbench-tile"
            >
              <Card size="small" hoverable>
                <Statistic
                  title={t(`workbench.tiles.${tile.key}`, { defaultValue: tile.key })}
                  value={countText(tile.count, tile.exact)}
                  valueStyle={tile.count > 0 ? { color: '#1561c9' } : undefined}
                />
              </Card>
            </Link>
          </Col>
        ))}
        {figures.map((figure) => (
          <Col key={figure.key} xs={12} md={8} xl={6}>
            <Card size="small" data-testid={`workbench-figure-${figure.key}`}>
              <Statistic
                title={t(`workbench.figures.${figure.key}`, { defaultValue: figure.key })}
                value={figureText(figure.value, figure.unit)}
              />
            </Card>
          </Col>
        ))}
      </Row>
    </Panel>
  )
}
