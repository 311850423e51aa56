// A provider publishes an instrument with its booking rules; it is in the shared catalogue at once.
import { App, Flex } from 'antd'
import { useTranslation } from 'react-i18next'
import { useNavigate } from 'react-router'
import { useLanguage } from '../../../shared/i18n/useLanguage'
import { LinkButton } from '../../../shared/ui/LinkButton'
import { PageTitle } from '../../../shared/ui/PageTitle'
import { createBodyOf, defaultRules } from './instrumentFormValues'
import { InstrumentForm } from './InstrumentForm'
import { useCreateInstrument } from './owner.queries'

export function NewInstrumentPage() {
  const { t } = useTranslation('instruments')
  const { nameOf } = useLanguage()
  const { notification } = App.useApp()
  const navigate = useNavigate()
  const create = useCreateInstrument()
  return (
    <Flex vertical>
      <PageTitle title={t('editor.newTitle')} subtitle={t('editor.newSubtitle')} />
      <InstrumentForm
        mode="create"
        initialValues={{ category: 'analytical', priceUnit: 'per_hour', rules: defaultRules }}
        submitting={create.isPending}
        error={create.error}
        submitLabel={t('editor.publish')}
        extraActions={<LinkButton to="/instruments/mine">{t('common.back')}</LinkButton>}
        onSubmit={(values) =>
          create.mutate(createBodyOf(values), {
            onSuccess: (instrument) => {
              notification.success({ title: t('editor.published', { name: nameOf(instrument) }) })
              void navigate(`/instruments/${encodeURIComponent(instrument.id)}`)
            },
          })
        }
      />
    </Flex>
  )
}
