// A licence: its facts, its status (with the reason once it is suspended or revoked), its QR code for anyone to
// verify, the credential to download, the printable page, how it is signed, and the signed credential itself. An
// officer of the issuing city suspends, reinstates or revokes it here.
import {
  DownloadOutlined,
  PrinterOutlined,
  SafetyCertificateOutlined,
  SafetyOutlined,
} from '@ant-design/icons'
import { Alert, Button, Card, Col, Collapse, Flex, Row, Tag, Typography } from 'antd'
import { useTranslation } from 'react-i18next'
import { Link, useParams } from 'react-router'
import { formatTimestamp } from '../../../shared/format/format'
import { useLanguage } from '../../../shared/i18n/useLanguage'
import { useCurrentUser } from '../../../shared/session/SessionContext'
import { Timestamp } from '../../../shared/ui/Formatted'
import { LinkButton } from '../../../shared/ui/LinkButton'
import { QueryPage } from '../../../shared/ui/QueryPage'
import { FactsCard, RecordTitle } from '../../../shared/ui/RecordPage'
import { ShanghaiDay } from '../common/Dates'
import { LicenceQr } from '../common/LicenceQr'
import { licencePrintPath, useLicence, verifyPath } from '../common/licences.queries'
import type { LicenceDetail } from '../common/licences.types'
import { LicenceStatusTag } from '../common/StatusTags'
import { credentialFileText, downloadCredential } from './download'
import { LicenceMoves, mayMoveLicence } from './LicenceMoves'
import '../licences.css'

const casePath = (id: string) => `/services/cases/${encodeURIComponent(id)}`
const qrSize = 220

export function LicencePage() {
  const id = useParams().id ?? ''
  return <QueryPage query={useLicence(id)}>{(licence) => <LicenceView licence={licence} />}</QueryPage>
}

function LicenceView({ licence }: { licence: LicenceDetail }) {
  const { t } = useTranslation('licences')
  const { nameOf, otherNameOf } = useLanguage()
  const user = useCurrentUser()
  const name = { nameZh: licence.licenceNameZh, nameEn: licence.licenceNameEn }
  const holder = { nameZh: licence.holderNameZh, nameEn: licence.holderNameEn }
  const issuer = { nameZh: licence.issuerNameZh, nameEn: licence.issuerNameEn }
  const facts = [
    {
      key: 'holder',
      label: t('facts.holder'),
      children: (
        <span>
          {nameOf(holder)}
          <span className="g60-secondary-name">{otherNameOf(holder)}</span>
        </span>
      ),
    },
    {
      key: 'creditCode',
      label: t('facts.creditCode'),
      children: <span className="g60-licence-number">{licence.creditCode}</span>,
    },
    { key: 'issuer', label: t('facts.issuer'), children: nameOf(issuer) },
    { key: 'status', label: t('facts.status'), children: <LicenceStatusTag status={licence.status} /> },
    { key: 'validFrom', label: t('facts.validFrom'), children: <ShanghaiDay at={licence.validFrom} /> },
    { key: 'validUntil', label: t('facts.validUntil'), children: <ShanghaiDay at={licence.validUntil} /> },
    {
      key: 'caseNumber',
      label: t('facts.caseNumber'),
      children: (
        <Link to={casePath(licence.caseId)} className="g60-licence-number">
          {licence.caseNumber}
        </Link>
      ),
    },
    { key: 'issuedAt', label: t('facts.issuedAt'), children: <Timestamp at={licence.createdAt} /> },
  ]
  return (
    <Flex vertical gap="middle" className="g60-licence-page">
      <RecordTitle
        record={{ ...name, isSynthetic: licence.isSynthetic }}
        subtitle={t('licence.holderIs', { holder: nameOf(holder) })}
        tags={<LicenceStatusTag status={licence.status} />}
        extra={mayMoveLicence(user, licence) ? <LicenceMoves licence={licence} /> : undefined}
      />
      <StatusNotice licence={licence} />
      <Row gutter={[16, 16]}>
        {/* on a phone the QR code comes first: it is what a holder shows */}
        <Col xs={{ span: 24, order: 2 }} lg={{ span: 16, order: 1 }}>
          <Flex vertical gap="middle">
            <FactsCard title={t('licence.factsTitle')} columns={2} items={facts} />
            <SignatureCard licence={licence} />
          </Flex>
        </Col>
        <Col xs={{ span: 24, order: 1 }} lg={{ span: 8, order: 2 }}>
          <Card title={t('licence.qrTitle')}>
            <Flex vertical gap="middle" align="center">
              <LicenceQr
                url={licence.verifyUrl}
                label={t('licence.qrAlt', { licence: nameOf(name) })}
                size={qrSize}
              />
              <Typography.Text type="secondary" style={{ textAlign: 'center' }}>
                {t('licence.qrHint')}
              </Typography.Text>
              <Flex vertical gap="small" style={{ width: '100%' }}>
                <Button
                  icon={<DownloadOutlined />}
                  block
                  onClick={() => downloadCredential(licence.id, licence.credential)}
                  data-testid="licence-download"
                >
                  {t('licence.download')}
                </Button>
                <LinkButton icon={<PrinterOutlined />} block to={licencePrintPath(licence.id)}>
                  {t('licence.print')}
                </LinkButton>
                <LinkButton
                  icon={<SafetyCertificateOutlined />}
                  block
                  to={`${verifyPath}?licence=${encodeURIComponent(licence.id)}`}
                >
                  {t('licence.verify')}
                </LinkButton>
              </Flex>
            </Flex>
          </Card>
        </Col>
      </Row>
      <Collapse
        items={[
          {
            key: 'credential',
            label: t('licence.credentialTitle'),
            children: (
              // the file scrolls inside its box: it takes the focus so that a keyboard can scroll it too
              <pre
                className="g60-credential-json"
                data-testid="licence-credential"
                tabIndex={0}
                role="region"
                aria-label={t('licence.credentialTitle')}
              >
                {credentialFileText(licence.credential)}
              </pre>
            ),
          },
        ]}
      />
    </Flex>
  )
}

/** Why a suspended or revoked licence is so, and since when. */
function StatusNotice({ licence }: { licence: LicenceDetail }) {
  const { t } = useTranslation('licences')
  const { language } = useLanguage()
  if (licence.status === 'active') return null
  const revoked = licence.status === 'revoked'
  return (
    <Alert
      type={revoked ? 'error' : 'warning'}
      showIcon
      data-testid="licence-status-notice"
      title={revoked ? t('licence.revokedNotice') : t('licence.suspendedNotice')}
      description={
        <Flex vertical>
          <span>{t('licence.reasonIs', { reason: licence.statusReason ?? t('licence.noReason') })}</span>
          <Typography.Text type="secondary">
            {t('licence.changedAt', {
              at: formatTimestamp(licence.statusChangedAt ?? licence.updatedAt, language),
            })}
          </Typography.Text>
        </Flex>
      }
    />
  )
}

function SignatureCard({ licence }: { licence: LicenceDetail }) {
  const { t } = useTranslation('licences')
  return (
    <Card title={t('facts.signature')}>
      <Flex vertical gap="small">
        <div>
          <Tag
            color={licence.dualSigned ? 'geekblue' : 'blue'}
            icon={<SafetyOutlined />}
            data-testid="licence-dual-signed"
          >
            {licence.dualSigned ? t('licence.dualSigned') : t('licence.singleSigned')}
          </Tag>
        </div>
        <Typography.Text type="secondary">
          {licence.dualSigned ? t('licence.dualExplained') : t('licence.singleExplained')}
        </Typography.Text>
        <div>
          <Typography.Text strong>{t('licence.signingKey')}</Typography.Text>
          <div className="g60-licence-code" data-testid="licence-signing-key">
            {licence.signedWith}
          </div>
        </div>
        <div>
          <Typography.Text strong>{t('facts.licenceId')}</Typography.Text>
          <div className="g60-licence-code">{licence.id}</div>
        </div>
      </Flex>
    </Card>
  )
}
