import { UserOutlined } from '@ant-design/icons'
import { Avatar, Flex, Tag } from 'antd'
import { useTranslation } from 'react-i18next'
import { CityName } from '../reference/CityName'
import { useLanguage } from '../i18n/useLanguage'
import { useCurrentUser } from '../session/SessionContext'

/** Who is signed in: name, role and city, as the header shows them. */
export function CurrentUser() {
  const { t } = useTranslation()
  const { isChinese } = useLanguage()
  const user = useCurrentUser()
  return (
    <Flex align="center" gap="small" data-testid="current-user">
      <Avatar size="small" icon={<UserOutlined />} style={{ flexShrink: 0 }} />
      <strong className="g60-user-name">{isChinese ? user.displayNameZh : user.displayNameEn}</strong>
      <Tag color="blue" style={{ marginInlineEnd: 0 }} data-testid="current-role">
        {t(`enums.role.${user.role}`)}
      </Tag>
      <span className="g60-muted g60-hide-narrow" data-testid="current-city">
        {user.cityCode === null ? t('header.allCities') : <CityName code={user.cityCode} />}
      </span>
    </Flex>
  )
}
