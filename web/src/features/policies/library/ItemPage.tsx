// A policy item (政策事项): what it is and grants, its budget, validity and payout mode, the guide, its current rule
// in words and in CEL, and every version of the rule. The issuing city's officers and the corridor office edit the
// rule here, test a draft on a firm, and save it as a new version from a day on.
import { EditOutlined } from '@ant-design/icons'
import { Button, Card, Col, Empty, Flex, Row, Typography } from 'antd'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useParams } from 'react-router'
import { useCurrentUser } from '../../../shared/session/SessionContext'
import { Money } from '../../../shared/ui/Money'
import { PageTitle } from '../../../shared/ui/PageTitle'
import { QueryPage } from '../../../shared/ui/QueryPage'
import { FactsCard } from '../../../shared/ui/RecordPage'
import { mayActForIssuer } from '../common/access'
import { useBilingual, useTitles } from '../common/names'
import { usePolicyItem } from '../common/policies.queries'
import type { ItemDetail } from '../common/policies.types'
import { CategoryTag, IssuerName, PayoutModeTag } from '../common/Tags'
import { Validity } from '../common/Validity'
import { RuleEditor } from '../editor/RuleEditor'
import { RuleView, VersionHistory } from './RuleView'
import '../policies.css'

export function ItemPage() {
  const id = useParams().id ?? ''
  return <QueryPage query={usePolicyItem(id)}>{(detail) => <ItemView detail={detail} />}</QueryPage>
}

function ItemView({ detail }: { detail: ItemDetail }) {
  const { t } = useTranslation('policies')
  const { titleOf, otherTitleOf } = useTitles()
  const inLanguage = useBilingual()
  const user = useCurrentUser()
  const [editing, setEditing] = useState(false)
  const { item, policy, versions } = detail
  const mayEdit = mayActForIssuer(user, item.issuerCode)
  const facts = [
    {
      key: 'policy',
      label: t('item.policy'),
      children: (
        <span>
          {titleOf(policy)}
          <span className="g60-secondary-name g60-document-number">{policy.documentNumber}</span>
        </span>
      ),
    },
    { key: 'issuer', label: t('item.issuer'), children: <IssuerName code={item.issuerCode} /> },
    {
      key: 'code',
      label: t('item.code'),
      children: <span className="g60-document-number">{item.code}</span>,
    },
    { key: 'category', label: t('item.category'), children: <CategoryTag category={item.category} /> },
    {
      key: 'payout',
      label: t('item.payoutMode'),
      children: (
        <span>
          <PayoutModeTag mode={item.payoutMode} />
          {item.promiseWorkingDays !== null && (
            <span className="g60-muted">{t('item.promise', { days: item.promiseWorkingDays })}</span>
          )}
        </span>
      ),
    },
    {
      key: 'budget',
      label: t('item.budget'),
      children:
        item.budgetFen > 0 ? (
          <Money fen={item.budgetFen} />
        ) : (
          <span className="g60-muted">{t('amount.noPayment')}</span>
        ),
    },
    {
      key: 'validity',
      label: t('item.validity'),
      children: <Validity from={item.validFrom} until={item.validUntil} />,
    },
  ]
  return (
    <Flex vertical gap="middle" className="g60-policy-page">
      <PageTitle
        title={titleOf(item)}
        subtitle={otherTitleOf(item)}
        tags={
          <>
            <CategoryTag category={item.category} />
            <PayoutModeTag mode={item.payoutMode} />
          </>
        }
      />
      <Row gutter={[16, 16]}>
        <Col xs={24} xl={14}>
          <FactsCard title={t('item.factsTitle')} columns={2} items={facts} />
        </Col>
        <Col xs={24} xl={10}>
          <Card title={t('item.guide')} style={{ height: '100%' }}>
            <Typography.Paragraph style={{ marginBottom: 0 }}>
              {inLanguage(item.guideZh, item.guideEn)}
            </Typography.Paragraph>
          </Card>
        </Col>
      </Row>
      {editing ? (
        <RuleEditor
          item={item}
          cityOfFirms={user.role === 'city_officer' ? (user.cityCode ?? undefined) : undefined}
          onClose={() => setEditing(false)}
        />
      ) : (
        <Card
          title={t('rule.title')}
          extra={
            mayEdit && (
              <Button icon={<EditOutlined />} onClick={() => setEditing(true)} data-testid="edit-rule">
                {t('editor.open')}
              </Button>
            )
          }
        >
          {item.currentRule === null ? (
            <Empty description={t('rule.none')} />
          ) : (
            <RuleView rule={item.currentRule} />
          )}
        </Card>
      )}
      <Card title={t('rule.history')}>
        <VersionHistory versions={versions} currentId={item.currentRule?.id ?? null} />
      </Card>
    </Flex>
  )
}
