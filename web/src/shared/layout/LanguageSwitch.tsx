import { TranslationOutlined } from '@ant-design/icons'
import { Button } from 'antd'
import { useTranslation } from 'react-i18next'
import { changeLanguage } from '../i18n/i18n'
import { useLanguage } from '../i18n/useLanguage'

/** One click to the other language; the choice is remembered on this device. */
export function LanguageSwitch() {
  const { t } = useTranslation()
  const { isChinese } = useLanguage()
  const target = isChinese ? 'en-US' : 'zh-CN'
  return (
    <Button
      type="text"
      icon={<TranslationOutlined />}
      onClick={() => void changeLanguage(target)}
      aria-label={t('header.switchLanguage')}
      lang={target}
      data-testid="language-switch"
    >
      <span className="g60-hide-phone">{isChinese ? 'English' : '中文'}</span>
    </Button>
  )
}
