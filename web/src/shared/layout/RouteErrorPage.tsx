import { LazyResult } from '../ui/LazyResult'
import { Button } from 'antd'
import { useTranslation } from 'react-i18next'
import { isRouteErrorResponse, useRouteError } from 'react-router'
import { NotFoundPage } from '../ui/NotFoundPage'

/** A page that failed to render (or to load its code): said in words, with a way to try again. */
export function RouteErrorPage() {
  const { t } = useTranslation()
  const error = useRouteError()
  if (isRouteErrorResponse(error) && error.status === 404) return <NotFoundPage />
  return (
    <LazyResult
      status="500"
      title={t('errors.pageCrashedTitle')}
      subTitle={t('errors.pageCrashed')}
      extra={
        <Button type="primary" onClick={() => window.location.reload()}>
          {t('common.reload')}
        </Button>
      }
    />
  )
}
