// The rule editor's two moves on a draft: testing it on one firm today (nothing stored) and saving it as a new
// version; and the last refusal of either, which the editor shows (under the refused expression when it says where).
import { App, type FormInstance } from 'antd'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useRuleTest, useSaveRuleVersion } from '../common/policies.queries'
import { draftOf, versionOf, type EditorValues } from './ruleDraft'

export type RuleFailure = { from: 'test' | 'save'; error: unknown } | null

export function useRuleMoves(itemId: string, form: FormInstance<EditorValues>, onSaved: () => void) {
  const { t } = useTranslation('policies')
  const { notification } = App.useApp()
  const test = useRuleTest(itemId)
  const save = useSaveRuleVersion(itemId)
  const [failure, setFailure] = useState<RuleFailure>(null)

  /** the draft as it stands in the form, tested on the firm (once the form is valid) */
  const runTest = async (firmId: string) => {
    let values: EditorValues
    try {
      values = await form.validateFields()
    } catch {
      return
    }
    setFailure(null)
    test.mutate(
      { draft: draftOf(values), firmId },
      { onError: (error) => setFailure({ from: 'test', error }) },
    )
  }

  const saveVersion = (values: EditorValues) => {
    setFailure(null)
    save.mutate(versionOf(values), {
      onSuccess: (detail) => {
        const version = Math.max(...detail.versions.map((candidate) => candidate.version))
        notification.success({ title: t('editor.saved', { version }) })
        onSaved()
      },
      onError: (error) => setFailure({ from: 'save', error }),
    })
  }

  return { test, save, failure, runTest, saveVersion }
}
