// Changing a scheme's rules: only what changed is sent, and new rules apply to new claims and orders.
import { App } from 'antd'
import { useTranslation } from 'react-i18next'
import { useNavigate, useParams } from 'react-router'
import type { VoucherScheme } from '../../../shared/api/types'
import { useLanguage } from '../../../shared/i18n/useLanguage'
import { LinkButton } from '../../../shared/ui/LinkButton'
import { PageError } from '../../../shared/ui/PageError'
import { PageLoading } from '../../../shared/ui/PageLoading'
import { PageTitle } from '../../../shared/ui/PageTitle'
import { SchemeForm } from './SchemeForm'
import { updateBodyOf, valuesOf } from './schemeFormValues'
import { useScheme, useUpdateScheme } from './schemes.queries'

export function EditSchemePage() {
  const { id = '' } = useParams()
  const scheme = useScheme(id)
  if (scheme.isPending) return <PageLoading />
  if (scheme.isError) return <PageError error={scheme.error} onRetry={() => void scheme.refetch()} />
  return <SchemeEditor scheme={scheme.data} />
}

function SchemeEditor({ scheme }: { scheme: VoucherScheme }) {
  const { t } = useTranslation('vouchers')
  const { nameOf } = useLanguage()
  const { message, notification } = App.useApp()
  const navigate = useNavigate()
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
        extraActions={<LinkButton to={schemePath}>{t('common.back')}</LinkButton>}
        onSubmit={(values) => {
          const changes = updateBodyOf(scheme, values)
          if (Object.keys(changes).length === 0) {
            void message.info(t('schemes.nothingChanged'))
            return
          }
          updateScheme.mutate(changes, {
            onSuccess: (updated) => {
              notification.success({ title: t('schemes.saved', { name: nameOf(updated) }) })
              void navigate(schemePath)
            },
          })
        }}
      />
    </>
  )
}
