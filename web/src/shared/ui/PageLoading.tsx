import { Flex, Skeleton, Spin } from 'antd'
import { useTranslation } from 'react-i18next'

/** While a page's data loads: the page's shape in grey, announced to screen readers. */
export function PageLoading() {
  const { t } = useTranslation()
  return (
    <div role="status" aria-live="polite" aria-busy="true" aria-label={t('common.loading')}>
      <Skeleton active title paragraph={{ rows: 6 }} />
    </div>
  )
}

export function FullPageLoading() {
  const { t } = useTranslation()
  return (
    <Flex align="center" justify="center" style={{ minHeight: '100vh' }} role="status" aria-live="polite">
      <Spin size="large" description={t('common.loading')} />
    </Flex>
  )
}
