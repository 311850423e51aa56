// Changing a scheme's rules: only what changed is sent, and new rules apply to new claims and orders.
import { useTranslation } from 'react-i18next'
import { useParams } from 'react-router'
import type { VoucherScheme } from '../../../shared/api/types'
import { useLanguage } from '../../../shared/i18n/useLanguage'
import { useEditorOutcome } from '../../../shared/ui/EditorForm'
import { PageTitle } from '../../../shared/ui/PageTitle'
import { QueryPage } from '../../../shared/ui/QueryPage'
import { SchemeForm } from './SchemeForm'
import { updateBodyOf, valuesOf } from './schemeFormValues'
import { useScheme, useUpdateScheme } from './schemes.queries'

export function EditSchemePage() {
  const { id = '' } = useParams()
  return <QueryPage query={useScheme(id)}>{(scheme) => <SchemeEditor scheme={scheme} />}</QueryPage>
}

function SchemeEditor({ scheme }: { scheme: VoucherScheme }) {
  const { t } = useTranslation('vouchers')
  const { nameOf } = useLanguage()
  const outcome = useEditorOutcome()
  const updateScheme = useUpdateScheme(scheme.id)
  const schemePath = `/vouchers/schemes/${scheme.id}`

  return (
    <>
      <PageTitle title={t('schemes.edit')} subtitle={nameOf(scheme)} />
      <SchemeForm
        scheme={scheme}
        initialValues={valuesOf(scheme)}
        cityChoice={false}
        submitting={updateScheme.isPending}
        error={updateScheme.error}
        submitLabel={t('schemes.save')}
        backTo={schemePath}
        onSubmit={(values) => {
          const changes = updateBodyOf(scheme, values)
          if (outcome.unchanged(changes, t('schemes.nothingChanged'))) return
          updateScheme.mutate(changes, {
            onSuccess: (updated) => outcome.done(t('schemes.saved', { name: nameOf(updated) }), schemePath),
          })
        }}
      />
    </>
  )
}
