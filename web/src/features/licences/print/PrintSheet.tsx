// The printed part of a licence's printable page: an A4 sheet headed with the licence's name, its facts beside a
// large QR code of its verify link, and a footnote with the key that signed it.
import { useTranslation } from 'react-i18next'
import { LicenceQr } from '../common/LicenceQr'
import type { LicenceDetail } from '../common/licences.types'
import { PrintFacts } from './PrintFacts'

const qrSize = 200

export function PrintSheet({ licence }: { licence: LicenceDetail }) {
  const { t, i18n } = useTranslation('licences')
  const zh = i18n.getFixedT('zh-CN', 'licences')
  const en = i18n.getFixedT('en-US', 'licences')
  return (
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
        <PrintFacts licence={licence} />
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
  )
}
