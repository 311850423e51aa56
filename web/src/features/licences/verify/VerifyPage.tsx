// The public verify page (/verify), open without signing in: a credential pasted, a file uploaded (the credential's
// JSON, or a picture of its QR code) or a QR code scanned with the camera. A QR code (or the address) names the
// licence by its verify link, `?licence=<id>`: its credential is fetched and verified. The verdict says whether the
// licence can be trusted, from the issuers' published keys and status lists alone.
import { SafetyCertificateOutlined } from '@ant-design/icons'
import { Alert, Card, Flex, Spin, Typography } from 'antd'
import { useTranslation } from 'react-i18next'
import { Link } from 'react-router'
import { LanguageSwitch } from '../../../shared/layout/LanguageSwitch'
import { FailureAlert } from '../../../shared/ui/FailureAlert'
import { useVerification } from './useVerification'
import { VerdictResult } from './VerdictResult'
import { VerifyInputCard } from './VerifyInputCard'
import '../licences.css'

export function VerifyPage() {
  const { t } = useTranslation('licences')
  const { verify, problem, reading, checkPasted, checkQrText, readFile } = useVerification()

  const answered = verify.isPending || reading || verify.data !== undefined || verify.error !== null
  return (
    <div className="g60-verify">
      <header className="g60-verify-header">
        <Link to="/" className="g60-verify-brand">
          <span className="g60-verify-mark" aria-hidden>
            G60
          </span>
          <span className="g60-hide-phone">{t('verify.platform')}</span>
        </Link>
        <LanguageSwitch />
      </header>
      <main className="g60-verify-main">
        <Flex vertical gap="middle">
          <div>
            <h1 className="g60-verify-title">
              <SafetyCertificateOutlined aria-hidden /> {t('verify.title')}
            </h1>
            <Typography.Text type="secondary" data-testid="verify-explained">
              {t('verify.explained')}
            </Typography.Text>
          </div>
          {problem !== null && (
            <Alert
              type="warning"
              showIcon
              role="alert"
              title={t(`verify.${problem}`)}
              data-testid="verify-problem"
            />
          )}
          {answered && (
            <Card title={t('verify.result')}>
              {verify.isPending || reading ? (
                <Flex justify="center" gap="small" align="center" style={{ padding: 24 }}>
                  <Spin />
                  <Typography.Text type="secondary">{t('verify.checking')}</Typography.Text>
                </Flex>
              ) : verify.data !== undefined ? (
                <VerdictResult result={verify.data} />
              ) : (
                <FailureAlert error={verify.error} />
              )}
            </Card>
          )}
          <VerifyInputCard
            checking={verify.isPending}
            onPaste={checkPasted}
            onFile={readFile}
            onQrText={checkQrText}
          />
        </Flex>
      </main>
    </div>
  )
}
