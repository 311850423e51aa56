// The issuers' public keys (签发机关公钥): each city's and the corridor office's keys, by suite (Ed25519, SM2), with
// their state (in use, rotated out, declared compromised), when they came into use and ended, and why a key was
// declared compromised. Public keys only: the API never answers with a private one. Each issuer's DID document,
// where verifiers read the same keys, is linked.
import { Card, Tag, Typography } from 'antd'
import { useTranslation } from 'react-i18next'
import { useLanguage } from '../../../shared/i18n/useLanguage'
import { column, type Column } from '../../../shared/ui/columns'
import { DataTable } from '../../../shared/ui/DataTable'
import { Timestamp } from '../../../shared/ui/Formatted'
import { QueryError } from '../../../shared/ui/PageError'
import { PageTitle } from '../../../shared/ui/PageTitle'
import { useLicenceKeys } from '../common/licences.queries'
import type { PublicKey } from '../common/licences.types'
import { KeyStateTag } from '../common/StatusTags'
import '../licences.css'

/** the corridor office's own DID document is the origin's; a city's sits under /issuers/<code> */
const officeIssuerCode = 'G60'

export function didDocumentPath(issuerCode: string): string {
  return issuerCode === officeIssuerCode
    ? '/.well-known/did.json'
    : `/issuers/${encodeURIComponent(issuerCode.toLowerCase())}/did.json`
}

export function KeysPage() {
  const { t } = useTranslation('licences')
  const { nameOf, isChinese } = useLanguage()
  const keys = useLicenceKeys()
  const none = t('common.none')
  const columns: Column<PublicKey>[] = [
    column(
      'issuer',
      t('keys.issuer'),
      (key) => (
        <>
          {nameOf({ nameZh: key.issuerNameZh, nameEn: key.issuerNameEn })}
          <a
            className="g60-secondary-name"
            href={didDocumentPath(key.issuerCode)}
            target="_blank"
            rel="noreferrer"
          >
            {t('keys.didDocument')}
          </a>
        </>
      ),
      140,
    ),
    column(
      'suite',
      t('keys.suite'),
      (key) => (
        <>
          <Tag color={key.suite === 'sm2' ? 'red' : 'blue'}>{t(`enums.suite.${key.suite}`)}</Tag>
          <span className="g60-secondary-name">
            {t('keys.serial')} {key.serial}
          </span>
        </>
      ),
      110,
    ),
    column('state', t('keys.state'), (key) => <KeyStateTag state={key.state} />, 120),
    column(
      'verificationMethod',
      t('keys.verificationMethod'),
      (key) => (
        <>
          <div className="g60-licence-code">{key.verificationMethod}</div>
          <Typography.Text
            type="secondary"
            className="g60-licence-code"
            copyable={{ text: key.publicKey }}
            ellipsis={{ tooltip: key.publicKey }}
            style={{ maxWidth: 260, display: 'inline-flex' }}
          >
            {t('keys.publicKey')}: {key.publicKey}
          </Typography.Text>
        </>
      ),
      300,
    ),
    column('createdAt', t('keys.createdAt'), (key) => <Timestamp at={key.createdAt} />, 130),
    column(
      'endedAt',
      t('keys.endedAt'),
      (key) => {
        const ended = key.compromisedAt ?? key.retiredAt
        return ended === null ? none : <Timestamp at={ended} />
      },
      130,
    ),
    column(
      'reason',
      t('keys.reason'),
      (key) => (isChinese ? key.compromiseReasonZh : key.compromiseReasonEn) ?? none,
      200,
    ),
  ]
  const rows = keys.data ?? []
  return (
    <>
      <PageTitle title={t('nav.keys')} subtitle={t('keys.subtitle')} />
      <Card
        extra={
          keys.data === undefined ? undefined : (
            <Typography.Text type="secondary">{t('keys.total', { count: rows.length })}</Typography.Text>
          )
        }
      >
        <QueryError query={keys} />
        <DataTable<PublicKey>
          rows={rows}
          columns={columns}
          loading={keys.isPending}
          emptyText={t('keys.empty')}
          rowClassName={(key) => (key.state === 'compromised' ? 'g60-key-compromised' : '')}
          data-testid="licence-keys"
        />
      </Card>
    </>
  )
}
