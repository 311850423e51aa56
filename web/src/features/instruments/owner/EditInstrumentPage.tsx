// Changing an instrument: new prices and rules apply to new bookings (a booking keeps the price it was made
// at).
import { App, Flex } from 'antd'
import { useTranslation } from 'react-i18next'
import { useNavigate, useParams } from 'react-router'
import { useLanguage } from '../../../shared/i18n/useLanguage'
import { LinkButton } from '../../../shared/ui/LinkButton'
import { PageError } from '../../../shared/ui/PageError'
import { PageLoading } from '../../../shared/ui/PageLoading'
import { PageTitle } from '../../../shared/ui/PageTitle'
import type { Instrument } from '../common/instrument.types'
import { useInstrument } from '../common/instruments.queries'
import { InstrumentStatusTag } from '../common/StatusTags'
import { updateBodyOf, valuesOf } from './instrumentFormValues'
import { InstrumentForm } from './InstrumentForm'
import { useUpdateInstrument } from './owner.queries'

export function EditInstrumentPage() {
  const { id = '' } = useParams()
  const instrument = useInstrument(id)
  if (instrument.isPending) return <PageLoading />
  if (instrument.isError)
    return <PageError error={instrument.error} onRetry={() => void instrument.refetch()} />
  return <InstrumentEditor instrument={instrument.data} />
}

function InstrumentEditor({ instrument }: { instrument: Instrument }) {
  const { t } = useTranslation('instruments')
  const { nameOf } = useLanguage()
  const { message, notification } = App.useApp()
  const navigate = useNavigate()
  const update = useUpdateInstrument(instrument.id)
  const page = `/instruments/${encodeURIComponent(instrument.id)}`
  return (
    <Flex vertical>
      <PageTitle
        title={t('editor.editTitle', { name: nameOf(instrument) })}
        subtitle={t('editor.editSubtitle')}
        tags={<InstrumentStatusTag status={instrument.status} />}
      />
      <InstrumentForm
        mode="edit"
        initialValues={valuesOf(instrument)}
        submitting={update.isPending}
        error={update.error}
        submitLabel={t('editor.save')}
        extraActions={<LinkButton to={page}>{t('common.back')}</LinkButton>}
        onSubmit={(values) => {
          const changes = updateBodyOf(instrument, values)
          if (Object.keys(changes).length === 0) {
            void message.info(t('editor.nothingChanged'))
            return
          }
          update.mutate(changes, {
            onSuccess: (updated) => {
              notification.success({ title: t('editor.saved', { name: nameOf(updated) }) })
              void navigate(page)
            },
          })
        }}
      />
    </Flex>
  )
}
