// A case: where it stands and its clock, the moves the caller may take, its facts, its materials (with downloads),
// its timeline and, once closed, its rating.
import { Card, Col, Flex, Row, Typography } from 'antd'
import { useTranslation } from 'react-i18next'
import { Link, useParams } from 'react-router'
import { useLanguage } from '../../../shared/i18n/useLanguage'
import { useCurrentUser } from '../../../shared/session/SessionContext'
import { Timestamp } from '../../../shared/ui/Formatted'
import { QueryPage } from '../../../shared/ui/QueryPage'
import { FactsCard, RecordTitle } from '../../../shared/ui/RecordPage'
import { itemPath } from '../catalogue/ItemTable'
import { isApplicant } from '../common/applicant'
import { CaseClock } from '../common/CaseClock'
import { CaseRoute } from '../common/CaseTable'
import { daysLeftAtPause } from '../common/clock'
import { closedCaseStatuses } from '../common/enums'
import { CaseStatusTag } from '../common/StatusTags'
import { useCase } from '../common/services.queries'
import type { ServiceCase } from '../common/services.types'
import { CaseMaterials } from './CaseMaterials'
import { useCaseMoves } from './CaseMoves'
import { CaseRating } from './CaseRating'
import { CaseTimeline } from './CaseTimeline'
import { lastRequestOf } from './caseTimeline'

export function CasePage() {
  const id = useParams().id ?? ''
  return <QueryPage query={useCase(id)}>{(found) => <CaseView found={found} />}</QueryPage>
}

function CaseView({ found }: { found: ServiceCase }) {
  const { t } = useTranslation('services')
  const { nameOf } = useLanguage()
  const user = useCurrentUser()
  const moves = useCaseMoves()
  const closed = closedCaseStatuses.includes(found.status)
  const none = t('common.none')
  const facts = [
    {
      key: 'number',
      label: t('cases.number'),
      children: <span className="g60-case-number">{found.number}</span>,
    },
    {
      key: 'item',
      label: t('cases.item'),
      children: (
        <Link to={itemPath(found.item.code)}>
          {nameOf(found.item)} · {t('items.versionOf', { version: found.item.version })}
        </Link>
      ),
    },
    { key: 'applicant', label: t('cases.applicant'), children: nameOf(found.applicant) },
    { key: 'route', label: t('cases.route'), children: <CaseRoute found={found} /> },
    { key: 'department', label: t('items.department'), children: nameOf(found.department) },
    { key: 'submittedAt', label: t('cases.submittedAt'), children: <Timestamp at={found.submittedAt} /> },
    {
      key: 'acceptedAt',
      label: t('cases.acceptedAt'),
      children: found.acceptedAt === null ? none : <Timestamp at={found.acceptedAt} />,
    },
    {
      key: 'decidedAt',
      label: t('cases.decidedAt'),
      children: found.decidedAt === null ? none : <Timestamp at={found.decidedAt} />,
    },
    {
      key: 'decision',
      label: t('cases.decision'),
      children: found.decision === null ? none : t(`enums.decisionMade.${found.decision}`),
    },
    ...(found.conditions === null
      ? []
      : [{ key: 'conditions', label: t('cases.conditions'), children: found.conditions }]),
    ...(found.reason === null ? [] : [{ key: 'reason', label: t('cases.reason'), children: found.reason }]),
    { key: 'purpose', label: t('cases.purpose'), children: found.purpose, span: 'filled' as const },
  ]
  return (
    <Flex vertical gap="middle">
      <RecordTitle
        record={{ ...found.item, isSynthetic: found.isSynthetic }}
        subtitle={t('cases.numberIs', { number: found.number })}
        tags={<CaseStatusTag status={found.status} />}
        extra={moves.buttons(found, found.actions, { request: lastRequestOf(found.timeline) })}
      />
      <Row gutter={[16, 16]}>
        <Col xs={24} lg={8}>
          <Card title={t('cases.clock')}>
            <div className="g60-clock-panel">
              <CaseClock clock={found.clock} pausedWithDaysLeft={daysLeftAtPause(found.timeline)} />
            </div>
            <Typography.Paragraph type="secondary" style={{ margin: '12px 0 0' }}>
              {t('cases.clockExplained')}
            </Typography.Paragraph>
          </Card>
        </Col>
        <Col xs={24} lg={16}>
          <FactsCard title={t('cases.facts')} columns={2} items={facts} />
        </Col>
      </Row>
      <Card title={t('cases.materials')}>
        <CaseMaterials found={found} />
      </Card>
      <Row gutter={[16, 16]}>
        <Col xs={24} xl={closed ? 14 : 24}>
          <Card title={t('cases.timeline')}>
            <CaseTimeline found={found} />
          </Card>
        </Col>
        {closed && (
          <Col xs={24} xl={10}>
            <Card title={t('rating.title')}>
              <CaseRating found={found} mayRate={isApplicant(user.role)} />
            </Card>
          </Col>
        )}
      </Row>
      {moves.dialogs}
    </Flex>
  )
}
