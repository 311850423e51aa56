import { useTranslation } from 'react-i18next'
import { ApiError, networkErrorCode, unreadableErrorCode } from '../api/errors'

/** What to tell the user about a failure: the server's message (already in their language) or our own words. */
export function useErrorText() {
  const { t } = useTranslation()
  return (error: unknown): string => {
    if (error instanceof ApiError) {
      if (error.code === networkErrorCode) return t('errors.network')
      if (error.code === unreadableErrorCode) return t('errors.unexpected', { status: error.status })
      return error.message
    }
    return t('errors.unexpected', { status: '—' })
  }
}
