// A city officer (or the corridor office) sets up a new voucher scheme; it is funded on its page afterwards.
import { Alert, App } from 'antd'
import { useTranslation } from 'react-i18next'
import { useNavigate } from 'react-router'
import { useLanguage } from '../../../shared/i18n/useLanguage'
import { useCurrentUser } from '../../../shared/session/SessionContext'
import { cityCodes, isOneOf } from '../../../shared/ui/enums'
import { LinkButton } from '../../../shared/ui/LinkButton'
import { PageTitle } from '../../../shared/ui/PageTitle'
import { SchemeForm } from './SchemeForm'
import { createBodyOf, newSchemeValues } from './schemeFormValues'
import { useCreateScheme } from './schemes.queries'

export function NewSchemePage() {
  const { t } = useTranslation('vouchers')
  const { nameOf } = useLanguage()
  const { notification } = App.useApp()
  const navigate = useNavigate()
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
          extraActions={<LinkButton to="/vouchers/schemes">{t('common.back')}</LinkButton>}
          onSubmit={(values) =>
            createScheme.mutate(createBodyOf(values), {
              onSuccess: (scheme) => {
                notification.success({ title: t('schemes.created', { name: nameOf(scheme) }) })
                void navigate(`/vouchers/schemes/${scheme.id}`)
              },
            })
          }
        />
      )}
    </>
  )
}
