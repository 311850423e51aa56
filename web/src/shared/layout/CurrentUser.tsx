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
  const name = isChinese ? user.displayNameZh : user.displayNameEn
  const role = t(`enums.role.${user.role}`)
  return (
    <Flex align="center" gap="small" data-testid="current-user">
      {/* on a phone only the avatar shows: it names the user and the role */}
      <span title={`${name} · ${role}`} style={{ display: 'inline-flex', flexShrink: 0 }}>
        <Avatar size="small" icon={<UserOutlined />} />
      </span>
      <strong className="g60-user-name g60-hide-phone">{name}</strong>
      <Tag color="blue" style={{ marginInlineEnd: 0 }} className="g60-hide-phone" data-testid="current-role">
        {role}
      </Tag>
      <span className="g60-muted g60-hide-narrow" data-testid="current-city">
        {user.cityCode === null ? t('header.allCities') : <CityName code={user.cityCode} />}
      </span>
    </Flex>
  )
}
