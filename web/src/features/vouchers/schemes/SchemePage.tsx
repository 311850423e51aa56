// One scheme: its budget, its rules and the appropriations that funded it; its officers edit and fund it here.
import { EditOutlined, PlusOutlined } from '@ant-design/icons'
import { Button, Card, Flex } from 'antd'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useParams } from 'react-router'
import type { VoucherScheme } from '../../../shared/api/types'
import { useLanguage } from '../../../shared/i18n/useLanguage'
import { useCurrentUser } from '../../../shared/session/SessionContext'
import { LinkButton } from '../../../shared/ui/LinkButton'
import { QueryPage } from '../../../shared/ui/QueryPage'
import { RecordTitle } from '../../../shared/ui/RecordPage'
import { CityName } from '../../../shared/reference/CityName'
import { SchemeStatusTag } from '../common/StatusTags'
import { AppropriationDialog } from './AppropriationDialog'
import { Appropriations } from './Appropriations'
import { mayManageScheme } from './schemeAccess'
import { SchemeBudget } from './SchemeBudget'
import { SchemeRules } from './SchemeRules'
import { useScheme } from './schemes.queries'

export function SchemePage() {
  const { id = '' } = useParams()
  return <QueryPage query={useScheme(id)}>{(scheme) => <SchemeDetail scheme={scheme} />}</QueryPage>
}

function SchemeDetail({ scheme }: { scheme: VoucherScheme }) {
  const { t } = useTranslation('vouchers')
  const { otherNameOf } = useLanguage()
  const user = useCurrentUser()
  const [funding, setFunding] = useState(false)
  const manages = mayManageScheme(user, scheme.cityCode)
  return (
    <Flex vertical gap="middle">
      <RecordTitle
        record={scheme}
        subtitle={
          <>
            {otherNameOf(scheme)} · <CityName code={scheme.cityCode} />
          </>
        }
        tags={<SchemeStatusTag status={scheme.status} />}
        extra={
          manages && (
            <LinkButton icon={<EditOutlined />} to={`/vouchers/schemes/${scheme.id}/edit`}>
              {t('schemes.edit')}
            </LinkButton>
          )
        }
      />
      <SchemeBudget scheme={scheme} />
      <Card title={t('schemes.rules')}>
        <SchemeRules scheme={scheme} />
      </Card>
      <Card
        title={t('appropriations.title')}
        extra={
          manages && (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setFunding(true)}>
              {t('appropriations.add')}
            </Button>
          )
        }
      >
        <Appropriations schemeId={scheme.id} />
      </Card>
      {funding && <AppropriationDialog scheme={scheme} onClose={() => setFunding(false)} />}
    </Flex>
  )
}
