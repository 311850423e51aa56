// The answer of a verification: the verdict, large and coloured (green valid; red tampered, revoked, unknown issuer
// or compromised key; orange suspended, expired, not yet valid or status unknown), its reason in the user's language,
// who issued the licence and what it says, and each proof with its key and what became of its signature.
import { CheckCircleFilled, CloseCircleFilled, ExclamationCircleFilled } from '@ant-design/icons'
import { Descriptions, Flex, Tag, Typography } from 'antd'
import { useTranslation } from 'react-i18next'
import { formatTimestamp } from '../../../shared/format/format'
import { useLanguage } from '../../../shared/i18n/useLanguage'
import { Validity } from '../common/Dates'
import type { Proof, Verification } from '../common/licences.types'
import { KeyStateTag } from '../common/StatusTags'
import { verdictTone, type VerdictTone } from './verifyInput'
import '../licences.css'
import './verify.css'

const icons: Record<VerdictTone, typeof CheckCircleFilled> = {
  success: CheckCircleFilled,
  warning: ExclamationCircleFilled,
  error: CloseCircleFilled,
}

const signatureColours: Record<Proof['signature'], string> = {
  valid: 'success',
  invalid: 'error',
  not_checked: 'default',
}

/** A name given in both languages, either possibly missing: the current language's, else the other's, else `fallback`. */
function either(zh: string | null, en: string | null, isChinese: boolean, fallback: string): string {
  return (isChinese ? (zh ?? en) : (en ?? zh)) ?? fallback
}

export function VerdictResult({ result }: { result: Verification }) {
  const { t } = useTranslation('licences')
  const { isChinese, language } = useLanguage()
  const tone = verdictTone(result.verdict)
  const Icon = icons[tone]
  const { issuer, licence } = result
  const none = t('common.none')
  return (
    <Flex vertical gap="middle">
      <div
        className={`g60-verdict g60-verdict-${tone}`}
        data-testid="verify-verdict"
        data-verdict={result.verdict}
        role="status"
      >
        <Icon className="g60-verdict-icon" aria-hidden />
        <div>
          <div className="g60-verdict-label">{t(`enums.verdict.${result.verdict}`)}</div>
          <div className="g60-verdict-reason">{isChinese ? result.reasonZh : result.reasonEn}</div>
          <div className="g60-verdict-time">
            {t('verify.checkedAt', { at: formatTimestamp(result.checkedAt, language) })}
          </div>
        </div>
      </div>
      {licence === null ? (
        <Typography.Text type="secondary">{t('verify.noLicenceFacts')}</Typography.Text>
      ) : (
        <Descriptions
          title={t('verify.licenceFacts')}
          size="small"
          bordered
          column={1}
          data-testid="verify-licence"
          items={[
            {
              key: 'licence',
              label: t('facts.licence'),
              children: either(licence.nameZh, licence.nameEn, isChinese, licence.type ?? none),
            },
            {
              key: 'holder',
              label: t('facts.holder'),
              children: either(licence.holderNameZh, licence.holderNameEn, isChinese, none),
            },
            {
              key: 'creditCode',
              label: t('facts.creditCode'),
              children: <span className="g60-licence-code">{licence.creditCode ?? none}</span>,
            },
            {
              key: 'issuer',
              label: t('facts.issuer'),
              children:
                issuer === null ? (
                  none
                ) : (
                  <>
                    {either(issuer.nameZh, issuer.nameEn, isChinese, issuer.id)}
                    <span className="g60-secondary-name g60-licence-code">{issuer.id}</span>
                  </>
                ),
            },
            {
              key: 'validity',
              label: t('facts.validity'),
              children:
                licence.validFrom === null || licence.validUntil === null ? (
                  none
                ) : (
                  <Validity from={licence.validFrom} until={licence.validUntil} />
                ),
            },
          ]}
        />
      )}
      <div>
        <Typography.Title level={5}>{t('verify.proofs')}</Typography.Title>
        {result.proofs.length === 0 ? (
          <Typography.Text type="secondary">{t('verify.noProofs')}</Typography.Text>
        ) : (
          <Flex vertical gap="small" data-testid="verify-proofs">
            {result.proofs.map((proof, index) => (
              <div
                key={`${proof.verificationMethod}-${index}`}
                className="g60-proof"
                data-testid="verify-proof"
              >
                <Flex gap="small" wrap align="center">
                  <Tag color="blue">{proof.cryptosuite}</Tag>
                  <KeyStateTag state={proof.keyState} />
                  <Tag color={signatureColours[proof.signature]} data-testid="proof-signature">
                    {t(`enums.signature.${proof.signature}`)}
                  </Tag>
                </Flex>
                <div className="g60-proof-key">
                  <Typography.Text type="secondary">{t('verify.key')}</Typography.Text>
                  <div className="g60-licence-code">{proof.verificationMethod}</div>
                </div>
              </div>
            ))}
          </Flex>
        )}
      </div>
    </Flex>
  )
}
