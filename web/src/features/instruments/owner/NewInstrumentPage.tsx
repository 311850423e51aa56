// A provider publishes an instrument with its booking rules; it is in the shared catalogue at once.
import { Flex } from 'antd'
import { useTranslation } from 'react-i18next'
import { useLanguage } from '../../../shared/i18n/useLanguage'
import { useEditorOutcome } from '../../../shared/ui/EditorForm'
import { PageTitle } from '../../../shared/ui/PageTitle'
import { createBodyOf, defaultOpeningHours, defaultRules } from './instrumentFormValues'
import { InstrumentForm } from './InstrumentForm'
import { useCreateInstrument } from './owner.queries'

export function NewInstrumentPage() {
  const { t } = useTranslation('instruments')
  const { nameOf } = useLanguage()
  const outcome = useEditorOutcome()
  const create = useCreateInstrument()
  return (
    <Flex vertical>
      <PageTitle title={t('editor.newTitle')} subtitle={t('editor.newSubtitle')} />
      <InstrumentForm
        mode="create"
        initialValues={{
          category: 'analytical',
          priceUnit: 'per_hour',
          rules: defaultRules,
          openingHours: defaultOpeningHours,
        }}
        submitting={create.isPending}
        error={create.error}
        submitLabel={t('editor.publish')}
        backTo="/instruments/mine"
        onSubmit={(values) =>
          create.mutate(createBodyOf(values), {
            onSuccess: (instrument) =>
              outcome.done(
                t('editor.published', { name: nameOf(instrument) }),
                `/instruments/${encodeURIComponent(instrument.id)}`,
              ),
          })
        }
      />
    </Flex>
  )
}
