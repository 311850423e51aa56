// One instrument: what it is, its rules and prices, a week of its calendar (own bookings highlighted), its
// ICS feed, and for firms and providers the booking form with the price before confirming.
import { EditOutlined } from '@ant-design/icons'
import { Col, Flex, Row, Tag } from 'antd'
import { useTranslation } from 'react-i18next'
import { useParams } from 'react-router'
import { useLanguage } from '../../../shared/i18n/useLanguage'
import { useCurrentUser } from '../../../shared/session/SessionContext'
import { LinkButton } from '../../../shared/ui/LinkButton'
import { QueryPage } from '../../../shared/ui/QueryPage'
import { RecordTitle } from '../../../shared/ui/RecordPage'
import type { Instrument } from '../common/instrument.types'
import { mayEdit } from '../common/instrumentAccess'
import { useInstrument } from '../common/instruments.queries'
import '../common/instruments.css'
import { InstrumentStatusTag } from '../common/StatusTags'
import { CalendarAndBooking } from './CalendarAndBooking'
import { InstrumentFacts } from './InstrumentFacts'
import { RulesAndPrices } from './RulesAndPrices'

export function InstrumentPage() {
  const { id = '' } = useParams()
  return (
    <QueryPage query={useInstrument(id)}>
      {(instrument) => <InstrumentView instrument={instrument} />}
    </QueryPage>
  )
}

function InstrumentView({ instrument }: { instrument: Instrument }) {
  const { t } = useTranslation('instruments')
  const { otherNameOf } = useLanguage()
  const user = useCurrentUser()

  return (
    <Flex vertical gap="middle">
      <RecordTitle
        record={instrument}
        subtitle={`${otherNameOf(instrument)} · ${instrument.maker} ${instrument.model}`}
        tags={
          <>
            <InstrumentStatusTag status={instrument.status} />
            <Tag color="blue">{t(`enums.category.${instrument.category}`)}</Tag>
            <Tag>{t(`enums.valueTier.${instrument.valueTier}`)}</Tag>
          </>
        }
        extra={
          mayEdit(user, instrument) ? (
            <LinkButton icon={<EditOutlined />} to={`/instruments/${encodeURIComponent(instrument.id)}/edit`}>
              {t('detail.edit')}
            </LinkButton>
          ) : undefined
        }
      />
      <Row gutter={[16, 16]}>
        <Col xs={24} xl={15}>
          <InstrumentFacts instrument={instrument} />
        </Col>
        <Col xs={24} xl={9}>
          <Flex vertical gap="middle">
            <RulesAndPrices instrument={instrument} />
          </Flex>
        </Col>
      </Row>
      <CalendarAndBooking instrument={instrument} />
    </Flex>
  )
}
