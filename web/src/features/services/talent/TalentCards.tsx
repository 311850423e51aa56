// A professional's G60 talent cards (G60人才卡): each with its number, city, validity and the entitlements it opens
// in the nine cities. The card's number has its header to itself (a phone would cut it otherwise).
import { IdcardOutlined } from '@ant-design/icons'
import { Card, Col, Empty, Row, Skeleton, Tag, Typography } from 'antd'
import { useTranslation } from 'react-i18next'
import { useLanguage } from '../../../shared/i18n/useLanguage'
import { Day } from '../../../shared/ui/Formatted'
import { QueryError } from '../../../shared/ui/PageError'
import { SyntheticTag } from '../../../shared/ui/SyntheticTag'
import { useTalentCards } from '../common/services.queries'

export function TalentCards() {
  const { t } = useTranslation('services')
  const { nameOf, isChinese } = useLanguage()
  const cards = useTalentCards()
  if (cards.isError) return <QueryError query={cards} />
  if (cards.isPending) return <Skeleton active />
  if (cards.data.length === 0) return <Empty description={t('talent.noCards')} />
  return (
    <Row gutter={[16, 16]} data-testid="talent-cards">
      {cards.data.map((card) => (
        <Col key={card.id} xs={24} lg={12}>
          <Card
            size="small"
            styles={{ title: { whiteSpace: 'normal' } }}
            title={
              <span>
                <IdcardOutlined aria-hidden /> {t('talent.card', { number: card.number })}
              </span>
            }
          >
            <Typography.Paragraph style={{ marginBottom: 8 }}>
              <strong>{isChinese ? card.holderNameZh : card.holderNameEn}</strong> · {nameOf(card.city)}{' '}
              <SyntheticTag isSynthetic={card.isSynthetic} />
              <span className="g60-secondary-name">
                {t('talent.valid')} <Day day={card.issuedOn} /> – <Day day={card.validUntil} />
              </span>
            </Typography.Paragraph>
            <Typography.Text type="secondary">{t('talent.entitlements')}</Typography.Text>
            <div style={{ marginTop: 4 }}>
              {card.entitlements.map((entitlement) => (
                <Tag key={entitlement.code} color="blue" style={{ marginBottom: 4, whiteSpace: 'normal' }}>
                  {nameOf(entitlement)}
                </Tag>
              ))}
            </div>
          </Card>
        </Col>
      ))}
    </Row>
  )
}
