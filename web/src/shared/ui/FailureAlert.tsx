import { Alert } from 'antd'
import type { ReactNode } from 'react'
import { useErrorText } from './errorText'

/**
 * Why a change was refused, in words, above the form that sent it; nothing while there is no error. `spaced`
 * leaves room under it (where no gap of the layout does).
 */
export function FailureAlert({
  error,
  description,
  spaced = false,
}: {
  error: unknown
  description?: ReactNode
  spaced?: boolean
}) {
  const errorText = useErrorText()
  if (error === null || error === undefined) return null
  return (
    <Alert
      type="error"
      showIcon
      role="alert"
      title={errorText(error)}
      description={description}
      style={spaced ? { marginBottom: 16 } : undefined}
    />
  )
}
