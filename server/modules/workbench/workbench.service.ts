// The workbench: the caller's waiting work with counts and its own figures, in one answer. Each tile counts what
// the queue it opens shows with the filter its link carries (the console maps a tile's key to that address), so a
// count and the list behind it agree. Counts come from one statement over published views; the services module's
// case lists and the finance case board already count themselves, so their totals are read from those services,
// alongside the statement.
import type { Database } from '../../db/client'
import { authorize, type Principal } from '../../platform/authorization'
import type { FinanceModule } from '../finance'
import type { ServicesModule } from '../services'
import * as repository from './workbench.repository'
import { workbenchPolicies as policies } from './workbench.policies'

export interface WorkbenchDependencies {
  cases: Pick<ServicesModule['cases'], 'listCases'>
  financeCases: Pick<FinanceModule['cases'], 'countCases'>
}

export interface Tile {
  key: string
  count: number
  /** false when the count stops at the list's bound ("more than") */
  exact: boolean
}

export interface Figure {
  key: string
  value: number
  unit: 'fen' | 'tenths'
}

export interface Workbench {
  role: Principal['role']
  cityCode: string | null
  tiles: Tile[]
  figures: Figure[]
}

const tile = (key: string, count: number, exact = true): Tile => ({ key, count, exact })

type CaseView = 'mine' | 'intake' | 'deciding'

/**
 * A workstation officer's own cases on the finance board (its officer filter set to them): those still open (the
 * board's columns before "closed") and those past their follow-up day (the board's overdue filter).
 */
async function workstation(
  financeCases: WorkbenchDependencies['financeCases'],
  actor: Principal,
): Promise<Omit<Workbench, 'role'>> {
  const [held, overdue] = await Promise.all([
    financeCases.countCases(actor, { officer: actor.userId }),
    financeCases.countCases(actor, { officer: actor.userId, overdue: true }),
  ])
  const total = (stages: { stage: string; count: number }[]) =>
    stages.reduce((sum, row) => sum + (row.stage === 'closed' ? 0 : row.count), 0)
  return {
    cityCode: actor.cityCode,
    tiles: [tile('financeCasesOpen', total(held.stages)), tile('financeCasesOverdue', total(overdue.stages))],
    figures: [],
  }
}

export function createWorkbench(db: Database, dependencies: WorkbenchDependencies) {
  /** A case list's total, as the list itself counts it for this caller (one row is read with it). */
  async function caseTile(principal: Principal, key: string, view: CaseView, overdue = false) {
    const page = await dependencies.cases.listCases(principal, {
      view,
      limit: 1,
      ...(overdue ? { overdue: true } : {}),
    })
    return tile(key, page.total, page.totalIsExact)
  }

  async function officer(actor: Principal, cityCode: string | null): Promise<Omit<Workbench, 'role'>> {
    const [counts, ...caseTiles] = await Promise.all([
      repository.officerCounts(db, cityCode),
      caseTile(actor, 'casesToAccept', 'intake'),
      caseTile(actor, 'casesToDecide', 'deciding'),
      caseTile(actor, 'casesOverdue', 'deciding', true),
    ])
    return {
      cityCode,
      tiles: [
        tile('claimsToDecide', counts.claimsToDecide),
        tile('redemptionsToReview', counts.redemptionsToReview),
        ...caseTiles,
        tile('providersInNotice', counts.providersInNotice),
      ],
      figures: [
        { key: 'vouchersIssued', value: counts.vouchersIssuedFen, unit: 'fen' },
        { key: 'vouchersRedeemed', value: counts.vouchersRedeemedFen, unit: 'fen' },
      ],
    }
  }

  async function firm(actor: Principal, firmId: string): Promise<Omit<Workbench, 'role'>> {
    const [counts, cases] = await Promise.all([
      repository.firmCounts(db, firmId),
      caseTile(actor, 'cases', 'mine'),
    ])
    return {
      cityCode: actor.cityCode,
      tiles: [
        tile('redemptionsToConfirm', counts.redemptionsToConfirm),
        tile('claimsSubmitted', counts.claimsSubmitted),
        tile('bookingsToCome', counts.bookingsToCome),
        tile('referralsOpen', counts.referralsOpen),
        cases,
      ],
      figures: [
        { key: 'voucherBalance', value: counts.voucherBalanceFen, unit: 'fen' },
        ...(counts.hasScore > 0
          ? [{ key: 'score', value: counts.scoreTenths, unit: 'tenths' as const }]
          : []),
      ],
    }
  }

  async function provider(actor: Principal, providerId: string): Promise<Omit<Workbench, 'role'>> {
    const counts = await repository.providerCounts(db, providerId)
    return {
      cityCode: actor.cityCode,
      tiles: [
        tile('ordersToDeliver', counts.ordersToDeliver),
        tile('bookingsToApprove', counts.bookingsToApprove),
        tile('redemptionsAwaitingFirm', counts.redemptionsAwaitingFirm),
        tile('redemptionsAwaitingCity', counts.redemptionsAwaitingCity),
      ],
      figures: [{ key: 'income', value: counts.incomeFen, unit: 'fen' }],
    }
  }

  async function workbenchOf(actor: Principal): Promise<Omit<Workbench, 'role'>> {
    // authorize() let each role through only with the city or organisation its reach needs
    const own = actor.organisationId ?? ''
    switch (actor.role) {
      case 'corridor_admin':
        return officer(actor, null)
      case 'city_officer':
        return officer(actor, actor.cityCode)
      case 'firm':
        return firm(actor, own)
      case 'provider':
        return provider(actor, own)
      case 'financier': {
        const counts = await repository.financierCounts(db, own)
        return {
          cityCode: actor.cityCode,
          tiles: [tile('referralsToAnswer', counts.referralsToAnswer)],
          figures: [],
        }
      }
      case 'professional':
        return { cityCode: actor.cityCode, tiles: [await caseTile(actor, 'cases', 'mine')], figures: [] }
      case 'workstation':
        return workstation(dependencies.financeCases, actor)
    }
  }

  return {
    async read(principal: Principal | null): Promise<Workbench> {
      const actor = authorize(principal, policies.read, {
        cityCode: principal?.cityCode ?? null,
        organisationId: principal?.organisationId ?? null,
        userId: principal?.userId ?? null,
      })
      return { role: actor.role, ...(await workbenchOf(actor)) }
    },
  }
}

export type WorkbenchService = ReturnType<typeof createWorkbench>
