// The calculator in the console (a firm may decide on its own registered facts), and the public one
// (/policy-calculator): facts typed in, no session needed.
import { CalculatorOutlined, LoginOutlined } from '@ant-design/icons'
import { Flex, Typography } from 'antd'
import { useTranslation } from 'react-i18next'
import { Link } from 'react-router'
import { LanguageSwitch } from '../../../shared/layout/LanguageSwitch'
import { useCurrentUser } from '../../../shared/session/SessionContext'
import { LinkButton } from '../../../shared/ui/LinkButton'
import { PageTitle } from '../../../shared/ui/PageTitle'
import { Calculator } from './Calculator'
import '../policies.css'

export function CalculatorPage() {
  const { t } = useTranslation('policies')
  const user = useCurrentUser()
  const firmId = user.role === 'firm' ? user.organisationId : null
  return (
    <Flex vertical gap="middle">
      <PageTitle title={t('nav.calculator')} subtitle={t('calculator.subtitle')} />
      <Calculator firmId={firmId} linkItems />
    </Flex>
  )
}

export function PublicCalculatorPage() {
  const { t } = useTranslation('policies')
  return (
    <div className="g60-public">
      <header className="g60-public-header">
        <Link to="/" className="g60-public-brand">
          <span className="g60-public-mark" aria-hidden>
            G60
          </span>
          <span className="g60-hide-phone">{t('calculator.platform')}</span>
        </Link>
        <Flex gap="small" align="center">
          <LanguageSwitch />
          <LinkButton type="primary" ghost icon={<LoginOutlined />} to="/login">
            {t('calculator.signIn')}
          </LinkButton>
        </Flex>
      </header>
      <main className="g60-public-main">
        <Flex vertical gap="middle">
          <div>
            <h1 className="g60-public-title">
              <CalculatorOutlined aria-hidden /> {t('nav.calculator')}
            </h1>
            <Typography.Text type="secondary">{t('calculator.publicSubtitle')}</Typography.Text>
          </div>
          <Calculator firmId={null} linkItems={false} />
        </Flex>
      </main>
    </div>
  )
}
