// Open data (开放数据): the catalogue of the sets anyone may download, each with its description, documented
// columns, licence, frequency and CSV and Excel downloads honouring the filters chosen. In the console, and public
// at /open-data outside its frame.
import { DatabaseOutlined, LoginOutlined } from '@ant-design/icons'
import { Col, Flex, Row, Skeleton, Typography } from 'antd'
import { useTranslation } from 'react-i18next'
import { Link } from 'react-router'
import { LanguageSwitch } from '../../../shared/layout/LanguageSwitch'
import { LinkButton } from '../../../shared/ui/LinkButton'
import { QueryError } from '../../../shared/ui/PageError'
import { PageTitle } from '../../../shared/ui/PageTitle'
import { useOpenData } from '../common/insights.queries'
import { OpenDataSetCard } from './OpenDataSetCard'
import '../insights.css'

function Catalogue() {
  const catalogue = useOpenData()
  return (
    <>
      <QueryError query={catalogue} />
      {catalogue.isPending && <Skeleton active />}
      <Row gutter={[16, 16]} data-testid="open-data-catalogue">
        {(catalogue.data ?? []).map((set) => (
          <Col key={set.id} xs={24} xl={12}>
            <OpenDataSetCard set={set} />
          </Col>
        ))}
      </Row>
    </>
  )
}

export function OpenDataPage() {
  const { t } = useTranslation('insights')
  return (
    <Flex vertical gap="middle">
      <PageTitle title={t('nav.openData')} subtitle={t('openData.subtitle')} />
      <Catalogue />
    </Flex>
  )
}

export function PublicOpenDataPage() {
  const { t } = useTranslation('insights')
  return (
    <div className="g60-open-public">
      <header className="g60-open-public-header">
        <Link to="/" className="g60-open-public-brand">
          <span className="g60-open-public-mark" aria-hidden>
            G60
          </span>
          <span className="g60-open-public-platform">{t('openData.platform')}</span>
        </Link>
        <Flex gap="small" align="center">
          <LanguageSwitch />
          <LinkButton type="primary" ghost icon={<LoginOutlined />} to="/login">
            {t('openData.signIn')}
          </LinkButton>
        </Flex>
      </header>
      <main className="g60-open-public-main">
        <Flex vertical gap="middle">
          <div>
            <h1 className="g60-open-public-title">
              <DatabaseOutlined aria-hidden /> {t('nav.openData')}
            </h1>
            <Typography.Text type="secondary">{t('openData.subtitle')}</Typography.Text>
          </div>
          <Catalogue />
        </Flex>
      </main>
    </div>
  )
}
