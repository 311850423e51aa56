// A service item: what it is, where and how it is decided, its time limits, fee and licence, the materials it asks
// for (and which need no upload), its versions for the corridor office, and Apply for the role that may.
import { EditOutlined, FormOutlined, PauseCircleOutlined, PlayCircleOutlined } from '@ant-design/icons'
import { Alert, Button, Card, Flex, Tag, Typography } from 'antd'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useParams } from 'react-router'
import { useLanguage } from '../../../shared/i18n/useLanguage'
import { useCurrentUser } from '../../../shared/session/SessionContext'
import { DataTable } from '../../../shared/ui/DataTable'
import { column, timestampColumn } from '../../../shared/ui/columns'
import { LinkButton } from '../../../shared/ui/LinkButton'
import { Money } from '../../../shared/ui/Money'
import { QueryPage } from '../../../shared/ui/QueryPage'
import { QueryError } from '../../../shared/ui/PageError'
import { FactsCard, RecordTitle } from '../../../shared/ui/RecordPage'
import { Timestamp } from '../../../shared/ui/Formatted'
import { mayApply } from '../common/applicant'
import { ModeTag } from '../common/StatusTags'
import { useItem, useItemVersions } from '../common/services.queries'
import type { ServiceItem, ServiceItemVersion } from '../common/services.types'
import { EditItemDialog } from './EditItemDialog'
import { ItemActiveDialog } from './ItemActiveDialog'
import { MaterialList } from './MaterialList'
import { CompetentOffice, itemPath } from './ItemTable'

export function ItemPage() {
  const code = useParams().code ?? ''
  return <QueryPage query={useItem(code)}>{(item) => <ItemView item={item} />}</QueryPage>
}

function ItemView({ item }: { item: ServiceItem }) {
  const { t } = useTranslation('services')
  const { nameOf, isChinese } = useLanguage()
  const user = useCurrentUser()
  const [editing, setEditing] = useState(false)
  const [switching, setSwitching] = useState(false)
  const facts = [
    { key: 'code', label: t('items.code'), children: item.code },
    {
      key: 'office',
      label: t('items.competentOffice'),
      children: (
        <div>
          <CompetentOffice item={item} />
        </div>
      ),
    },
    {
      key: 'promised',
      label: t('items.promised'),
      children: t('items.workingDays', { count: item.promisedDays }),
    },
    {
      key: 'statutory',
      label: t('items.statutory'),
      children: t('items.workingDays', { count: item.statutoryDays }),
    },
    {
      key: 'fee',
      label: t('items.fee'),
      children: item.feeFen === 0 ? t('items.free') : <Money fen={item.feeFen} />,
    },
    {
      key: 'licence',
      label: t('items.licence'),
      children:
        item.licence === null
          ? t('items.noLicence')
          : t('items.licenceValid', { licence: nameOf(item.licence), count: item.licence.validYears }),
    },
    // the mode's explanation is a sentence: it has a row to itself
    {
      key: 'mode',
      label: t('items.mode'),
      children: t(`enums.modeExplained.${item.mode}`),
      span: 'filled' as const,
    },
    { key: 'version', label: t('items.version'), children: t('items.versionOf', { version: item.version }) },
    { key: 'updatedAt', label: t('items.updatedAt'), children: <Timestamp at={item.updatedAt} /> },
  ]
  return (
    <Flex vertical gap="middle">
      <RecordTitle
        record={{ ...item, isSynthetic: false }}
        tags={
          <>
            <ModeTag mode={item.mode} />
            <Tag>{t(`enums.category.${item.category}`)}</Tag>
            {!item.isActive && <Tag color="default">{t('items.inactive')}</Tag>}
          </>
        }
        extra={
          <>
            {mayApply(user.role, item) && (
              <LinkButton type="primary" icon={<FormOutlined />} to={`${itemPath(item.code)}/apply`}>
                {t('items.apply')}
              </LinkButton>
            )}
            {user.role === 'corridor_admin' && (
              <Flex gap="small" wrap>
                <Button icon={<EditOutlined />} onClick={() => setEditing(true)}>
                  {t('items.edit')}
                </Button>
                <Button
                  icon={item.isActive ? <PauseCircleOutlined /> : <PlayCircleOutlined />}
                  danger={item.isActive}
                  onClick={() => setSwitching(true)}
                  data-testid="item-active"
                >
                  {t(item.isActive ? 'items.active.withdraw' : 'items.active.restore')}
                </Button>
              </Flex>
            )}
          </>
        }
      />
      <Card>
        <Typography.Paragraph style={{ margin: 0 }}>
          {isChinese ? item.descriptionZh : item.descriptionEn}
        </Typography.Paragraph>
      </Card>
      <FactsCard title={t('items.facts')} columns={3} items={facts} />
      <Card title={t('items.materials')} styles={{ body: { padding: 0 } }}>
        <MaterialList materials={item.materials} />
      </Card>
      {item.mode !== 'online' && <Alert type="info" showIcon title={t(`items.windowNote.${item.mode}`)} />}
      {user.role === 'corridor_admin' && <ItemVersions code={item.code} />}
      {editing && <EditItemDialog item={item} onClose={() => setEditing(false)} />}
      {switching && <ItemActiveDialog item={item} onClose={() => setSwitching(false)} />}
    </Flex>
  )
}

function ItemVersions({ code }: { code: string }) {
  const { t } = useTranslation('services')
  const versions = useItemVersions(code, true)
  const columns = [
    column<ServiceItemVersion>('version', t('items.version'), (version) => `v${version.version}`, 90),
    timestampColumn<ServiceItemVersion>(
      'createdAt',
      t('items.versionAt'),
      (version) => version.createdAt,
      180,
    ),
    column<ServiceItemVersion>('changeNote', t('items.changeNote'), (version) => version.changeNote),
  ]
  return (
    <Card title={t('items.versions')}>
      <QueryError query={versions} />
      <DataTable<ServiceItemVersion>
        rowKey="version"
        rows={versions.data?.items ?? []}
        loading={versions.isFetching}
        columns={columns}
        data-testid="item-versions"
      />
    </Card>
  )
}
