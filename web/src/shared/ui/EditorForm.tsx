// What the editors of records (a product, a scheme, an instrument …) share: the props their pages give them, the
// buttons under the form, and what happens once the server has the record.
import { App, Button, Flex } from 'antd'
import { useTranslation } from 'react-i18next'
import { useNavigate } from 'react-router'
import { LinkButton } from './LinkButton'

export interface EditorFormProps<Values> {
  initialValues: Partial<Values>
  submitting: boolean
  /** the refusal of the last attempt, or null */
  error: unknown
  onSubmit: (values: Values) => void
  submitLabel: string
  /** where Back leads */
  backTo: string
}

/** Submit (spinning while it is sent) and, given `backTo`, back to where the user came from. */
export function FormActions({
  label,
  submitting,
  backTo,
  disabled,
}: {
  label: string
  submitting: boolean
  backTo?: string
  disabled?: boolean
}) {
  const { t } = useTranslation()
  return (
    <Flex gap="small">
      <Button type="primary" htmlType="submit" loading={submitting} disabled={disabled}>
        {label}
      </Button>
      {backTo !== undefined && <LinkButton to={backTo}>{t('common.back')}</LinkButton>}
    </Flex>
  )
}

/**
 * An editor's outcomes: `unchanged` tells the user that nothing changed (true when so, and nothing is to be sent);
 * `done` says the record was saved and opens `path`.
 */
export function useEditorOutcome() {
  const { message, notification } = App.useApp()
  const navigate = useNavigate()
  return {
    unchanged: (changes: object, text: string): boolean => {
      if (Object.keys(changes).length > 0) return false
      void message.info(text)
      return true
    },
    done: (title: string, path: string) => {
      notification.success({ title })
      void navigate(path)
    },
  }
}
