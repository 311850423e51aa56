// The console's providers: queries, Ant Design in the current language, notifications, and the router.
import { QueryClientProvider } from '@tanstack/react-query'
import { App as AntApp, ConfigProvider } from 'antd'
import enUS from 'antd/es/locale/en_US'
import zhCN from 'antd/es/locale/zh_CN'
import { Suspense, useEffect } from 'react'
import { RouterProvider } from 'react-router'
import { onSessionLost } from '../shared/api/client'
import { i18next } from '../shared/i18n/i18n'
import { useLanguage } from '../shared/i18n/useLanguage'
import { sessionQueryKey } from '../shared/session/session.queries'
import { FullPageLoading } from '../shared/ui/PageLoading'
import { queryClient } from '../shared/api/queryClient'
import { router } from './router'
import { signInPathFor } from '../shared/session/signInPath'
import { theme } from './theme'

export function App() {
  const { language } = useLanguage()

  useEffect(() => {
    // failures are worded by the server in the language of the request: ask again in the new language
    const refetchFailures = () =>
      void queryClient.refetchQueries({
        type: 'active',
        predicate: (query) => query.state.status === 'error',
      })
    i18next.on('languageChanged', refetchFailures)
    return () => i18next.off('languageChanged', refetchFailures)
  }, [])

  useEffect(() => {
    onSessionLost(() => {
      const { pathname, search } = router.state.location
      if (pathname === '/login') return
      const hadSession = queryClient.getQueryData(sessionQueryKey) !== undefined
      queryClient.clear()
      const reason = hadSession ? 'expired' : undefined
      void router.navigate(signInPathFor(`${pathname}${search}`, reason), { replace: true })
    })
  }, [])

  return (
    <QueryClientProvider client={queryClient}>
      <ConfigProvider locale={language === 'zh-CN' ? zhCN : enUS} theme={theme}>
        <AntApp>
          <Suspense fallback={<FullPageLoading />}>
            <RouterProvider router={router} />
          </Suspense>
        </AntApp>
      </ConfigProvider>
    </QueryClientProvider>
  )
}
