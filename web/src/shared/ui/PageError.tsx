// Failures shown in words, never as raw JSON: a whole-page result for detail pages, an inline alert for parts.
import { LazyResult } from './LazyResult'
import { Alert, Button, Flex } from 'antd'
import { useTranslation } from 'react-i18next'
import { isApiError } from '../api/errors'
import { useErrorText } from './errorText'
import { LinkButton } from './LinkButton'

interface ErrorProps {
  error: unknown
  onRetry?: () => void
}

function resultStatus(error: unknown): '403' | '404' | 'error' {
  if (isApiError(error, 403)) return '403'
  if (isApiError(error, 404)) return '404'
  return 'error'
}

export function PageError({ error, onRetry }: ErrorProps) {
  const { t } = useTranslation()
  const errorText = useErrorText()
  const status = resultStatus(error)
  const title =
    status === '403'
      ? t('errors.forbiddenTitle')
      : status === '404'
        ? t('errors.notFoundTitle')
        : t('errors.loadFailed')
  return (
    <LazyResult
      status={status}
      title={title}
      subTitle={errorText(error)}
      extra={
        <Flex gap="small" justify="center">
          {onRetry !== undefined && status === 'error' && (
            <Button type="primary" onClick={onRetry}>
              {t('common.retry')}
            </Button>
          )}
          <LinkButton to="/">{t('errors.backHome')}</LinkButton>
        </Flex>
      }
    />
  )
}

export function FullPageError({ error, onRetry }: ErrorProps) {
  return (
    <Flex align="center" justify="center" style={{ minHeight: '100vh' }}>
      <PageError error={error} {...(onRetry !== undefined ? { onRetry } : {})} />
    </Flex>
  )
}

export function InlineError({ error, onRetry }: ErrorProps) {
  const { t } = useTranslation()
  const errorText = useErrorText()
  return (
    <Alert
      type="error"
      showIcon
      role="alert"
      title={t('errors.loadFailed')}
      description={errorText(error)}
      action={
        onRetry !== undefined ? (
          <Button size="small" onClick={onRetry}>
            {t('common.retry')}
          </Button>
        ) : undefined
      }
    />
  )
}

/** What a query needs to show its failure and try again. */
interface FailedQuery {
  isError: boolean
  error: unknown
  refetch: () => unknown
}

/** A part of a page whose data failed to load: the reason, and a button to try again; nothing otherwise. */
export function QueryError({ query }: { query: FailedQuery }) {
  return query.isError ? <InlineError error={query.error} onRetry={() => void query.refetch()} /> : null
}
