// Redemption claims (兑付) as each party sees them: a provider follows its claims, a firm confirms and rates the
// services it received, the issuing city's officers spot-check, approve or reject.
import { Button, Card, Flex } from 'antd'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { Redemption, RedemptionStatus } from '../../../shared/api/types'
import { useCurrentUser } from '../../../shared/session/SessionContext'
import { PagedRows } from '../../../shared/list/PagedRows'
import { usePagedList } from '../../../shared/list/usePagedList'
import { cityCodes, isOneOf, redemptionStatuses } from '../../../shared/ui/enums'
import { FilterBar } from '../../../shared/ui/FilterBar'
import { CityFilter, SearchFilter, SelectFilter } from '../../../shared/ui/filters'
import { sortChange, sortFilter } from '../../../shared/list/sorting'
import { PageTitle } from '../../../shared/ui/PageTitle'
import { enumOptions } from '../../../shared/reference/options'
import { ApproveRedemptionButton } from './ApproveRedemptionButton'
import { ConfirmRedemptionDialog } from './ConfirmRedemptionDialog'
import { RejectRedemptionDialog } from './RejectRedemptionDialog'
import { RedemptionTable } from './RedemptionTable'
import { viewOf, type RedemptionView } from './redemptionView'
import { redemptionPages, redemptionSortKeys, type RedemptionFilters } from './redemptions.queries'
import { SpotCheckDialog } from './SpotCheckDialog'

/** The state whose claims wait for the role: the officer decides submitted claims, the firm confirms deliveries. */
const waitingStatusOf: Record<RedemptionView, RedemptionStatus | undefined> = {
  officer: 'submitted',
  firm: 'awaiting_confirmation',
  provider: undefined,
}

type Dialog = { kind: 'confirm' | 'spotCheck' | 'reject'; redemption: Redemption }

export function RedemptionsPage() {
  const { t } = useTranslation('vouchers')
  const user = useCurrentUser()
  const view = viewOf(user.role)
  const [dialog, setDialog] = useState<Dialog | null>(null)
  const statuses = enumOptions(redemptionStatuses, (status) => t(`enums.redemptionStatus.${status}`))
  const allCities = user.role === 'corridor_admin'
  const ownCity = user.cityCode ?? null
  const officerCity = user.role === 'city_officer' && isOneOf(cityCodes, ownCity) ? ownCity : undefined
  // The officer's page is a queue and opens on the claims waiting for a decision; a firm confirms a few deliveries
  // and follows them to the decision, so its page opens on all of them. The waiting state reads oldest first,
  // any other state (or all) as a history, newest first.
  const waitingStatus = waitingStatusOf[view]
  const list = usePagedList(redemptionPages, (url): RedemptionFilters => {
    const status =
      url.choice('status', redemptionStatuses) ?? (view === 'officer' ? waitingStatus : undefined)
    const defaultSort = status !== undefined && status === waitingStatus ? 'createdAt' : '-createdAt'
    return {
      status,
      // An officer decides the claims on the city's own vouchers; those on other cities' vouchers spent with the
      // city's providers are for the issuing cities to decide.
      issuer: allCities ? url.choice('issuer', cityCodes) : officerCity,
      sort: sortFilter(url, redemptionSortKeys, defaultSort),
      q: url.text('q'),
    }
  })
  const close = () => setDialog(null)

  const firmActions = (redemption: Redemption) =>
    redemption.status === 'awaiting_confirmation' && (
      <Button size="small" type="primary" onClick={() => setDialog({ kind: 'confirm', redemption })}>
        {t('redemptions.confirm')}
      </Button>
    )
  const officerActions = (redemption: Redemption) => {
    if (redemption.status !== 'submitted') return null
    const reject = (
      <Button size="small" danger onClick={() => setDialog({ kind: 'reject', redemption })}>
        {t('redemptions.reject')}
      </Button>
    )
    const checkPending = redemption.spotCheck.selected && redemption.spotCheck.result === null
    return (
      <Flex vertical gap={4} align="flex-start">
        {checkPending ? (
          <Button size="small" type="primary" onClick={() => setDialog({ kind: 'spotCheck', redemption })}>
            {t('redemptions.spotCheck')}
          </Button>
        ) : (
          <ApproveRedemptionButton redemption={redemption} />
        )}
        {reject}
      </Flex>
    )
  }

  return (
    <>
      <PageTitle title={t(`redemptions.title.${view}`)} subtitle={t(`redemptions.subtitle.${view}`)} />
      <Card>
        <FilterBar url={list.url} values={list.filters} idPrefix="redemption">
          <SelectFilter name="status" label={t('fields.status')} width={160} options={statuses} />
          {allCities && <CityFilter name="issuer" label={t('fields.issuingCity')} />}
          <SearchFilter
            label={t('redemptions.search')}
            placeholder={t('redemptions.searchHint')}
            width={240}
          />
        </FilterBar>
        <PagedRows list={list}>
          <RedemptionTable
            redemptions={list.items}
            loading={list.query.isFetching}
            view={view}
            renderActions={view === 'firm' ? firmActions : view === 'officer' ? officerActions : undefined}
            sorting={{ sort: list.filters.sort ?? '-createdAt', onChange: sortChange(list.url) }}
          />
        </PagedRows>
      </Card>
      {dialog?.kind === 'confirm' && (
        <ConfirmRedemptionDialog redemption={dialog.redemption} onClose={close} />
      )}
      {dialog?.kind === 'spotCheck' && <SpotCheckDialog redemption={dialog.redemption} onClose={close} />}
      {dialog?.kind === 'reject' && <RejectRedemptionDialog redemption={dialog.redemption} onClose={close} />}
    </>
  )
}
