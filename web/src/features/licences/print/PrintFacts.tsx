// The facts of a licence on its printable page: a table of holder, credit code, issuer, validity, status, case number
// and signature, each labelled in Chinese and English and given in both where it reads differently.
import type { ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import { formatShanghaiDay } from '../common/Dates'
import type { LicenceDetail } from '../common/licences.types'

export function PrintFacts({ licence }: { licence: LicenceDetail }) {
  const { i18n } = useTranslation('licences')
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
