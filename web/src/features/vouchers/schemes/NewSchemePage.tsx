// A city officer (or the corridor office) sets up a new voucher scheme; it is funded on its page afterwards.
import { Alert } from 'antd'
import { useTranslation } from 'react-i18next'
import { useLanguage } from '../../../shared/i18n/useLanguage'
import { useCurrentUser } from '../../../shared/session/SessionContext'
import { cityCodes, isOneOf } from '../../../shared/ui/enums'
import { useEditorOutcome } from '../../../shared/ui/EditorForm'
import { PageTitle } from '../../../shared/ui/PageTitle'
import { SchemeForm } from './SchemeForm'
import { createBodyOf, newSchemeValues } from './schemeFormValues'
import { useCreateScheme } from './schemes.queries'

export function NewSchemePage() {
  const { t } = useTranslation('vouchers')
  const { nameOf } = useLanguage()
  const outcome = useEditorOutcome()
  const user = useCurrentUser()
  const createScheme = useCreateScheme()
  const cityChoice = user.role === 'corridor_admin'
  const ownCity = isOneOf(cityCodes, user.cityCode) ? user.cityCode : undefined

  return (
    <>
      <PageTitle title={t('schemes.new')} subtitle={t('schemes.newSubtitle')} />
      {!cityChoice && ownCity === undefined ? (
        <Alert type="warning" showIcon title={t('claims.noCity')} />
      ) : (
        <SchemeForm
          initialValues={newSchemeValues(ownCity)}
          cityChoice={cityChoice}
          submitting={createScheme.isPending}
          error={createScheme.error}
          submitLabel={t('schemes.create')}
          backTo="/vouchers/schemes"
          onSubmit={(values) =>
            createScheme.mutate(createBodyOf(values), {
              onSuccess: (scheme) =>
                outcome.done(
                  t('schemes.created', { name: nameOf(scheme) }),
                  `/vouchers/schemes/${scheme.id}`,
                ),
            })
          }
        />
      )}
    </>
  )
}
