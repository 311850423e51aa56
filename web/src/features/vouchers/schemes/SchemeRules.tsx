// A scheme's rules in words: caps, co-pay, validity, what it pays for, how it settles, whom it recognises.
import { Descriptions, Flex, Tag } from 'antd'
import { useTranslation } from 'react-i18next'
import type { VoucherScheme } from '../../../shared/api/types'
import { useLanguage } from '../../../shared/i18n/useLanguage'
import { cityCodes } from '../../../shared/ui/enums'
import { Money } from '../../../shared/ui/Money'
import { CityName } from '../../../shared/reference/CityName'

const wideColumns = { xs: 1, sm: 1, md: 2, lg: 3, xl: 3, xxl: 3 }
const narrowColumns = { xs: 1, sm: 1, md: 2, lg: 2, xl: 2, xxl: 3 }

/** `narrow` when the rules share the width with a form. */
export function SchemeRules({ scheme, narrow = false }: { scheme: VoucherScheme; narrow?: boolean }) {
  const { t } = useTranslation('vouchers')
  const { language } = useLanguage()
  const recognisesAll = cityCodes.every((code) => scheme.recognisedCityCodes.includes(code))
  const percent = (value: number) => new Intl.NumberFormat(language, { style: 'percent' }).format(value / 100)
  return (
    <Descriptions
      column={narrow ? narrowColumns : wideColumns}
      data-testid="scheme-rules"
      items={[
        {
          key: 'claimCap',
          label: t('schemes.fields.claimCap'),
          children: <Money fen={scheme.claimCapFen} />,
        },
        {
          key: 'firmYearCap',
          label: t('schemes.fields.firmYearCap'),
          children: <Money fen={scheme.firmYearCapFen} />,
        },
        {
          key: 'firmTotalCap',
          label: t('schemes.fields.firmTotalCap'),
          children: <Money fen={scheme.firmTotalCapFen} />,
        },
        {
          key: 'share',
          label: t('schemes.fields.voucherShareMax'),
          children: percent(scheme.voucherShareMaxPercent),
        },
        {
          key: 'fullCoverage',
          label: t('schemes.fields.fullCoverageBelow'),
          children:
            scheme.fullCoverageBelowFen === 0 ? (
              t('schemes.never')
            ) : (
              <Money fen={scheme.fullCoverageBelowFen} />
            ),
        },
        {
          key: 'validity',
          label: t('schemes.fields.validityDays'),
          children: t('schemes.days', { count: scheme.validityDays }),
        },
        {
          key: 'gate',
          label: t('schemes.fields.utilisationGate'),
          children:
            scheme.utilisationGatePercent === 0
              ? t('schemes.noGate')
              : t('schemes.gate', { percent: percent(scheme.utilisationGatePercent) }),
        },
        {
          key: 'spotCheck',
          label: t('schemes.fields.spotCheck'),
          children: percent(scheme.spotCheckPercent),
        },
        {
          key: 'settlement',
          label: t('schemes.fields.settlementModel'),
          children: t(`enums.settlementModel.${scheme.settlementModel}`),
        },
        {
          key: 'type',
          label: t('schemes.fields.voucherType'),
          children: t(`enums.voucherType.${scheme.voucherType}`),
        },
        {
          key: 'eligible',
          label: t('schemes.fields.eligibleFirms'),
          span: 'filled',
          children: (
            <Flex gap={4} wrap>
              {scheme.eligibleFirms.map((criterion) => (
                <Tag key={criterion}>{t(`enums.eligibility.${criterion}`)}</Tag>
              ))}
            </Flex>
          ),
        },
        {
          key: 'categories',
          label: t('schemes.fields.serviceCategories'),
          span: 'filled',
          children: (
            <Flex gap={4} wrap>
              {scheme.serviceCategories.map((category) => (
                <Tag key={category} color="blue">
                  {t(`enums.serviceCategory.${category}`)}
                </Tag>
              ))}
            </Flex>
          ),
        },
        {
          key: 'cities',
          label: t('schemes.fields.recognisedCities'),
          span: 'filled',
          children: recognisesAll ? (
            t('schemes.allNineCities')
          ) : (
            <Flex gap={4} wrap>
              {scheme.recognisedCityCodes.map((code) => (
                <Tag key={code}>
                  <CityName code={code} />
                </Tag>
              ))}
            </Flex>
          ),
        },
      ]}
    />
  )
}
