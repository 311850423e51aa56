// A licence's printable page, outside the console's frame: an A4 sheet with its facts in Chinese and English and a
// large QR code of its verify link; the buttons above it are not printed. The licence is read with the session
// (without one, the API's 401 sends the user to sign in and back).
import { ArrowLeftOutlined, PrinterOutlined } from '@ant-design/icons'
import { Button, Flex } from 'antd'
import type { ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import { useParams } from 'react-router'
import { LanguageSwitch } from '../../../shared/layout/LanguageSwitch'
import { FullPageError } from '../../../shared/ui/PageError'
import { FullPageLoading } from '../../../shared/ui/PageLoading'
import { LinkButton } from '../../../shared/ui/LinkButton'
import { formatShanghaiDay } from '../common/Dates'
import { LicenceQr } from '../common/LicenceQr'
import { licencePath, useLicence } from '../common/licences.queries'
import type { LicenceDetail } from '../common/licences.types'
import './print.css'

const qrSize = 200

export function PrintPage() {
  const id = useParams().id ?? ''
  const licence = useLicence(id)
  if (licence.isPending) return <FullPageLoading />
  if (licence.isError) return <FullPageError error={licence.error} onRetry={() => void licence.refetch()} />
  return <PrintView licence={licence.data} />
}

function PrintView({ licence }: { licence: LicenceDetail }) {
  const { t, i18n } = useTranslation('licences')
  const zh = i18n.getFixedT('zh-CN', 'licences')
  const en = i18n.getFixedT('en-US', 'licences')
  const validity = (language: 'zh-CN' | 'en-US') =>
    `${formatShanghaiDay(licence.validFrom, language)} – ${formatShanghaiDay(licence.validUntil, language)}`
  const rows: { key: string; zh: string; en: string; value: ReactNode }[] = [
    {
      key: 'holder',
      zh: zh('facts.holder'),
      en: en('facts.holder'),
      value: <Both zh={licence.holderNameZh} en={licence.holderNameEn} />,
    },
    {
      key: 'creditCode',
      zh: zh('facts.creditCode'),
      en: en('facts.creditCode'),
      value: <span className="g60-print-code">{licence.creditCode}</span>,
    },
    {
      key: 'issuer',
      zh: zh('facts.issuer'),
      en: en('facts.issuer'),
      value: <Both zh={licence.issuerNameZh} en={licence.issuerNameEn} />,
    },
    {
      key: 'validity',
      zh: zh('facts.validity'),
      en: en('facts.validity'),
      value: <Both zh={validity('zh-CN')} en={validity('en-US')} />,
    },
    {
      key: 'status',
      zh: zh('facts.status'),
      en: en('facts.status'),
      value: <Both zh={zh(`enums.status.${licence.status}`)} en={en(`enums.status.${licence.status}`)} />,
    },
    {
      key: 'caseNumber',
      zh: zh('facts.caseNumber'),
      en: en('facts.caseNumber'),
      value: <span className="g60-print-code">{licence.caseNumber}</span>,
    },
    {
      key: 'signature',
      zh: zh('facts.signature'),
      en: en('facts.signature'),
      value: (
        <Both
          zh={licence.dualSigned ? zh('licence.dualSigned') : zh('licence.singleSigned')}
          en={licence.dualSigned ? en('licence.dualSigned') : en('licence.singleSigned')}
        />
      ),
    },
  ]
  return (
    <main className="g60-print">
      <Flex className="g60-print-actions" gap="small" justify="space-between" wrap>
        <LinkButton icon={<ArrowLeftOutlined />} to={licencePath(licence.id)}>
          {t('print.back')}
        </LinkButton>
        <Flex gap="small">
          <LanguageSwitch />
          <Button type="primary" icon={<PrinterOutlined />} onClick={() => window.print()}>
            {t('print.print')}
          </Button>
        </Flex>
      </Flex>
      <article className="g60-print-sheet" data-testid="licence-print">
        <header className="g60-print-head">
          <div className="g60-print-document">
            {zh('print.document')} · {en('print.document')}
          </div>
          <h1 className="g60-print-title">{licence.licenceNameZh}</h1>
          <div className="g60-print-title-en">{licence.licenceNameEn}</div>
          {licence.isSynthetic && (
            <div className="g60-print-synthetic">
              {zh('print.synthetic')} · {en('print.synthetic')}
            </div>
          )}
        </header>
        <div className="g60-print-body">
          <table className="g60-print-facts">
            <tbody>
              {rows.map((row) => (
                <tr key={row.key}>
                  <th scope="row">
                    {row.zh}
                    <span className="g60-print-en">{row.en}</span>
                  </th>
                  <td>{row.value}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <figure className="g60-print-qr">
            <LicenceQr
              url={licence.verifyUrl}
              label={t('licence.qrAlt', {
                licence: i18n.language === 'en-US' ? licence.licenceNameEn : licence.licenceNameZh,
              })}
              size={qrSize}
              className="g60-print-qr-image"
            />
            <figcaption>
              {zh('print.scan')} · {en('print.scan')}
              <span className="g60-print-url">{licence.verifyUrl}</span>
            </figcaption>
          </figure>
        </div>
        <footer className="g60-print-foot">
          <p>{zh('print.note')}</p>
          <p>{en('print.note')}</p>
          <p className="g60-print-code">
            {zh('licence.signingKey')} · {en('licence.signingKey')}: {licence.signedWith}
          </p>
        </footer>
      </article>
    </main>
  )
}

function Both({ zh, en }: { zh: string; en: string }) {
  return (
    <>
      <span>{zh}</span>
      <span className="g60-print-en">{en}</span>
    </>
  )
}
