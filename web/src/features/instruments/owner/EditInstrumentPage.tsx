// Changing an instrument: new prices and rules apply to new bookings (a booking keeps the price it was made
// at).
import { Flex } from 'antd'
import { useTranslation } from 'react-i18next'
import { useParams } from 'react-router'
import { useLanguage } from '../../../shared/i18n/useLanguage'
import { useEditorOutcome } from '../../../shared/ui/EditorForm'
import { PageTitle } from '../../../shared/ui/PageTitle'
import { QueryPage } from '../../../shared/ui/QueryPage'
import type { Instrument } from '../common/instrument.types'
import { useInstrument } from '../common/instruments.queries'
import { InstrumentStatusTag } from '../common/StatusTags'
import { updateBodyOf, valuesOf } from './instrumentFormValues'
import { InstrumentForm } from './InstrumentForm'
import { useUpdateInstrument } from './owner.queries'

export function EditInstrumentPage() {
  const { id = '' } = useParams()
  return (
    <QueryPage query={useInstrument(id)}>
      {(instrument) => <InstrumentEditor instrument={instrument} />}
    </QueryPage>
  )
}

function InstrumentEditor({ instrument }: { instrument: Instrument }) {
  const { t } = useTranslation('instruments')
  const { nameOf } = useLanguage()
  const outcome = useEditorOutcome()
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
        backTo={page}
        onSubmit={(values) => {
          const changes = updateBodyOf(instrument, values)
          if (outcome.unchanged(changes, t('editor.nothingChanged'))) return
          update.mutate(changes, {
            onSuccess: (updated) => outcome.done(t('editor.saved', { name: nameOf(updated) }), page),
          })
        }}
      />
    </Flex>
  )
}
