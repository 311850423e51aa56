import { Flex, Tag, Typography } from 'antd'
import { useTranslation } from 'react-i18next'
import { Link } from 'react-router'
import type { Alliance } from '../../../shared/api/types'
import { useLanguage } from '../../../shared/i18n/useLanguage'

const tierColours = { overall: 'red', key_industry: 'blue', sub: 'default' } as const

/** One node of the alliance tree: name (a link to its page), tier and member count. */
export function AllianceTitle({ alliance }: { alliance: Alliance }) {
  const { t } = useTranslation('registry')
  const { nameOf } = useLanguage()
  return (
    <Flex gap="small" align="center" wrap>
      <Link to={`/alliances/${alliance.id}`}>{nameOf(alliance)}</Link>
      <Tag color={tierColours[alliance.tier]}>{t(`enums.allianceTier.${alliance.tier}`)}</Tag>
      <Typography.Text type="secondary">
        {t('alliances.memberCount', { members: alliance.memberCount })}
      </Typography.Text>
    </Flex>
  )
}
