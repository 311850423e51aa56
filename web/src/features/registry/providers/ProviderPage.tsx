import { Flex, Tag } from 'antd'
import { useTranslation } from 'react-i18next'
import { useParams } from 'react-router'
import type { Provider } from '../../../shared/api/types'
import { CityName } from '../../../shared/reference/CityName'
import { QueryPage } from '../../../shared/ui/QueryPage'
import { FactsCard, RecordTitle } from '../../../shared/ui/RecordPage'
import { AdmissionStatusTag } from './AdmissionStatusTag'
import { useProvider } from './providers.queries'

export function ProviderPage() {
  const { id = '' } = useParams()
  return (
    <QueryPage query={useProvider(id)}>{(provider) => <ProviderProfile provider={provider} />}</QueryPage>
  )
}

function ProviderProfile({ provider }: { provider: Provider }) {
  const { t } = useTranslation('registry')
  const kind = t(`enums.providerKind.${provider.kind}`)
  const status = <AdmissionStatusTag status={provider.admissionStatus} />
  return (
    <Flex vertical gap="middle">
      <RecordTitle
        record={provider}
        tags={
          <>
            <Tag color="blue">{kind}</Tag>
            {status}
          </>
        }
      />
      <FactsCard
        title={t('providers.profile')}
        columns={3}
        items={[
          { key: 'kind', label: t('providers.columns.kind'), children: kind },
          { key: 'city', label: t('common.city'), children: <CityName code={provider.cityCode} linked /> },
          { key: 'creditCode', label: t('providers.columns.creditCode'), children: provider.creditCode },
          { key: 'status', label: t('providers.columns.admissionStatus'), children: status },
          {
            key: 'since',
            label: t('providers.columns.admissionUpdatedOn'),
            children: provider.admissionUpdatedOn,
          },
        ]}
      />
    </Flex>
  )
}
