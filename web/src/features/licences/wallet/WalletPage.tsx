// The licences a role sees, newest first (or as a header sorts them), found by case number, narrowed by status: a firm's own wallet as cards (我的证照), the licences
// an officer's city issued (本市签发的证照), or every licence for the corridor office, as a table.
import { KeyOutlined, SafetyCertificateOutlined } from '@ant-design/icons'
import { Card, Col, Empty, Flex, Row, Typography } from 'antd'
import { useTranslation } from 'react-i18next'
import { Link } from 'react-router'
import { useLanguage } from '../../../shared/i18n/useLanguage'
import { PagedRows, PagedTable } from '../../../shared/list/PagedRows'
import { usePagedList, type PagedList } from '../../../shared/list/usePagedList'
import { enumOptions } from '../../../shared/reference/options'
import { useCurrentUser } from '../../../shared/session/SessionContext'
import { column, type Column } from '../../../shared/ui/columns'
import { FilterBar } from '../../../shared/ui/FilterBar'
import { SearchFilter, SelectFilter } from '../../../shared/ui/filters'
import { ExportButton } from '../../../shared/list/ExportButton'
import { sortable, sortChange, sortFilter } from '../../../shared/list/sorting'
import { LinkButton } from '../../../shared/ui/LinkButton'
import { PageTitle } from '../../../shared/ui/PageTitle'
import { ShanghaiDay, Validity } from '../common/Dates'
import { licenceStatuses } from '../common/enums'
import type { Licence } from '../common/licences.types'
import {
  licenceExportPath,
  licencePages,
  licencePath,
  licenceSortKeys,
  verifyPath,
  type LicenceFilters,
} from '../common/licences.queries'
import { walletTitleKey } from '../common/names'
import { LicenceStatusTag } from '../common/StatusTags'
import '../licences.css'

type LicenceList = PagedList<LicenceFilters, Licence>

/** The orders a firm picks for its wallet's cards: the newest first, or the soonest to end first. */
const walletOrders = ['-validFrom', 'validUntil'] as const

export function WalletPage() {
  const { t } = useTranslation('licences')
  const user = useCurrentUser()
  const list = usePagedList(licencePages, (url): LicenceFilters => ({
    status: url.choice('status', licenceStatuses),
    // a history: the newest licences first unless a header says otherwise
    sort: sortFilter(url, licenceSortKeys, '-validFrom'),
    q: url.text('q'),
  }))
  const firm = user.role === 'firm'
  const subtitle =
    user.role === 'firm'
      ? t('wallet.firmSubtitle')
      : user.role === 'city_officer'
        ? t('wallet.citySubtitle')
        : t('wallet.allSubtitle')
  return (
    <>
      <PageTitle
        title={t(walletTitleKey(user.role))}
        subtitle={subtitle}
        extra={
          <Flex gap="small" wrap>
            <LinkButton icon={<SafetyCertificateOutlined />} to={verifyPath}>
              {t('wallet.verify')}
            </LinkButton>
            {!firm && (
              <LinkButton icon={<KeyOutlined />} to="/licences/keys">
                {t('wallet.keys')}
              </LinkButton>
            )}
          </Flex>
        }
      />
      <Card>
        <FilterBar url={list.url} values={list.filters} idPrefix="licences">
          <SelectFilter
            name="status"
            label={t('wallet.status')}
            width={140}
            options={enumOptions(licenceStatuses, (status) => t(`enums.status.${status}`))}
          />
          <SearchFilter label={t('wallet.search')} placeholder={t('wallet.searchHint')} width={240} />
          {firm && (
            // the cards have no headers to click: the wallet's order is chosen here
            <SelectFilter
              name="sort"
              label={t('wallet.order')}
              width={160}
              fallback="-validFrom"
              clearable={false}
              value={list.filters.sort}
              options={walletOrders.map((order) => ({ value: order, label: t(`wallet.orders.${order}`) }))}
            />
          )}
        </FilterBar>
        <Flex justify="flex-end" style={{ marginBottom: 12 }}>
          <ExportButton path={licenceExportPath} query={{ ...list.filters }} />
        </Flex>
        {firm ? (
          <LicenceCards list={list} />
        ) : (
          <LicenceTable list={list} showIssuer={user.role === 'corridor_admin'} />
        )}
      </Card>
    </>
  )
}

function LicenceCards({ list }: { list: LicenceList }) {
  const { t } = useTranslation('licences')
  const { nameOf } = useLanguage()
  const empty = list.items.length === 0 && !list.query.isFetching
  return (
    <PagedRows list={list}>
      {empty ? (
        <Empty description={list.filters.status === undefined ? t('wallet.emptyFirm') : t('wallet.empty')} />
      ) : (
        <Row gutter={[16, 16]} data-testid="licence-list">
          {list.items.map((licence) => (
            <Col key={licence.id} xs={24} md={12} xxl={8}>
              <Card
                size="small"
                className="g60-licence-card"
                data-testid="licence-card"
                data-licence={licence.id}
                title={
                  <Link to={licencePath(licence.id)} className="g60-licence-card-title">
                    {nameOf({ nameZh: licence.licenceNameZh, nameEn: licence.licenceNameEn })}
                  </Link>
                }
                extra={<LicenceStatusTag status={licence.status} />}
              >
                <Flex vertical gap={4}>
                  <Typography.Text>
                    {nameOf({ nameZh: licence.holderNameZh, nameEn: licence.holderNameEn })}
                  </Typography.Text>
                  <Typography.Text type="secondary">
                    {t('wallet.issuedBy', {
                      issuer: nameOf({ nameZh: licence.issuerNameZh, nameEn: licence.issuerNameEn }),
                    })}
                  </Typography.Text>
                  <Typography.Text type="secondary">
                    <Validity from={licence.validFrom} until={licence.validUntil} />
                  </Typography.Text>
                  {licence.status !== 'active' && (
                    <Typography.Text type={licence.status === 'revoked' ? 'danger' : 'warning'}>
                      {t('licence.reasonIs', { reason: licence.statusReason ?? t('licence.noReason') })}
                    </Typography.Text>
                  )}
                  <Flex justify="flex-end">
                    <LinkButton size="small" type="primary" ghost to={licencePath(licence.id)}>
                      {t('wallet.open')}
                    </LinkButton>
                  </Flex>
                </Flex>
              </Card>
            </Col>
          ))}
        </Row>
      )}
    </PagedRows>
  )
}

/** An officer's city issued every licence it sees: only the office's list names the issuer. */
function LicenceTable({ list, showIssuer }: { list: LicenceList; showIssuer: boolean }) {
  const { t } = useTranslation('licences')
  const { nameOf, otherNameOf } = useLanguage()
  const sort = list.filters.sort ?? '-validFrom'
  const columns: Column<Licence>[] = [
    column(
      'licence',
      t('facts.licence'),
      (licence) => {
        const name = { nameZh: licence.licenceNameZh, nameEn: licence.licenceNameEn }
        return (
          <>
            <Link to={licencePath(licence.id)}>{nameOf(name)}</Link>
            <span className="g60-secondary-name">{licence.caseNumber}</span>
          </>
        )
      },
      220,
    ),
    column(
      'holder',
      t('facts.holder'),
      (licence) => {
        const holder = { nameZh: licence.holderNameZh, nameEn: licence.holderNameEn }
        return (
          <>
            {nameOf(holder)}
            <span className="g60-secondary-name">{otherNameOf(holder)}</span>
          </>
        )
      },
      220,
    ),
    ...(showIssuer
      ? [
          column<Licence>(
            'issuer',
            t('facts.issuer'),
            (licence) => nameOf({ nameZh: licence.issuerNameZh, nameEn: licence.issuerNameEn }),
            130,
          ),
        ]
      : []),
    sortable(
      column('validFrom', t('facts.validFrom'), (licence) => <ShanghaiDay at={licence.validFrom} />, 130),
      'validFrom',
      sort,
    ),
    sortable(
      column('validUntil', t('facts.validUntil'), (licence) => <ShanghaiDay at={licence.validUntil} />, 130),
      'validUntil',
      sort,
    ),
    sortable(
      column('status', t('facts.status'), (licence) => <LicenceStatusTag status={licence.status} />, 90),
      'status',
      sort,
    ),
  ]
  return (
    <PagedTable<Licence>
      list={list}
      columns={columns}
      emptyText={t('wallet.empty')}
      onChange={sortChange(list.url)}
      data-testid="licence-list"
    />
  )
}
