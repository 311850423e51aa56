import { Card, Descriptions, Flex, Tag } from 'antd'
import { useTranslation } from 'react-i18next'
import { useParams } from 'react-router'
import type { Provider } from '../../../shared/api/types'
import { useLanguage } from '../../../shared/i18n/useLanguage'
import { PageError } from '../../../shared/ui/PageError'
import { PageLoading } from '../../../shared/ui/PageLoading'
import { PageTitle } from '../../../shared/ui/PageTitle'
import { SyntheticTag } from '../../../shared/ui/SyntheticTag'
import { CityName } from '../../../shared/reference/CityName'
import { AdmissionStatusTag } from './AdmissionStatusTag'
import { useProvider } from './providers.queries'

export function ProviderPage() {
  const { id = '' } = useParams()
  const provider = useProvider(id)
  if (provider.isPending) return <PageLoading />
  if (provider.isError) return <PageError error={provider.error} onRetry={() => void provider.refetch()} />
  return <ProviderProfile provider={provider.data} />
}

function ProviderProfile({ provider }: { provider: Provider }) {
  const { t } = useTranslation('registry')
  const { nameOf, otherNameOf } = useLanguage()
  return (
    <Flex vertical gap="middle">
      <PageTitle
        title={nameOf(provider)}
        subtitle={otherNameOf(provider)}
        tags={
          <>
            <Tag color="blue">{t(`enums.providerKind.${provider.kind}`)}</Tag>
            <AdmissionStatusTag status={provider.admissionStatus} />
            <SyntheticTag isSynthetic={provider.isSynthetic} />
          </>
        }
      />
      <Card title={t('providers.profile')}>
        <Descriptions
          column={{ xs: 1, sm: 1, md: 2, lg: 2, xl: 3, xxl: 3 }}
          items={[
            {
              key: 'kind',
              label: t('providers.columns.kind'),
              children: t(`enums.providerKind.${provider.kind}`),
            },
            { key: 'city', label: t('common.city'), children: <CityName code={provider.cityCode} linked /> },
            { key: 'creditCode', label: t('providers.columns.creditCode'), children: provider.creditCode },
            {
              key: 'status',
              label: t('providers.columns.admissionStatus'),
              children: <AdmissionStatusTag status={provider.admissionStatus} />,
            },
            {
              key: 'since',
              label: t('providers.columns.admissionUpdatedOn'),
              children: provider.admissionUpdatedOn,
            },
          ]}
        />
      </Card>
    </Flex>
  )
}
