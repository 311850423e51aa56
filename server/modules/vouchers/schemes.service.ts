// Voucher schemes: a city's rules for its vouchers, and the appropriations that fund its budget.
import type { Database } from '../../db/client'
import { auditTrail } from '../../platform/audit'
import { authorize, type Principal } from '../../platform/authorization'
import { AppError, orRefuse } from '../../platform/errors'
import { pageById } from '../../platform/http/schemas'
import { newId } from '../../platform/ids'
import { cityReferences } from '../registry'
import * as ledger from './ledger.repository'
import { shanghaiYearOf } from './rules'
import * as repository from './schemes.repository'
import { voucherPolicies as policies } from './vouchers.policies'
import type {
  CreateAppropriationInput,
  CreateSchemeInput,
  SchemeQueryInput,
  UpdateSchemeInput,
} from './vouchers.schemas'

const voucherSchemeAudit = auditTrail('voucher_scheme')

const allCityCodes = cityReferences.map((city) => city.code)

function requireConsistentCaps(caps: {
  claimCapFen: number
  firmYearCapFen: number
  firmTotalCapFen: number
}) {
  if (caps.claimCapFen > caps.firmYearCapFen || caps.firmYearCapFen > caps.firmTotalCapFen) {
    throw new AppError('SCHEME_CAPS_INCONSISTENT', caps)
  }
}

export function createSchemesService(db: Database) {
  async function getScheme(id: string) {
    return orRefuse(await repository.findScheme(db, id), 'SCHEME_NOT_FOUND', { schemeId: id })
  }

  async function listSchemes(query: SchemeQueryInput) {
    return pageById(query, (after, limit) => repository.listSchemes(db, query, after, limit))
  }

  async function createScheme(principal: Principal | null, input: CreateSchemeInput) {
    const actor = authorize(principal, policies.writeScheme, { cityCode: input.cityCode })
    requireConsistentCaps(input)
    const schemeId = newId('vsch')
    const budgetAccountId = newId('lacc')
    await db.transaction(async (transaction) => {
      await ledger.insertAccounts(transaction, [
        { id: budgetAccountId, kind: 'budget', ownerId: schemeId, cityCode: input.cityCode },
      ])
      await repository.insertScheme(transaction, {
        ...input,
        id: schemeId,
        recognisedCityCodes: input.recognisedCityCodes ?? allCityCodes,
        budgetAccountId,
      })
      await voucherSchemeAudit.record(
        transaction,
        actor,
        'create',
        { id: schemeId, cityCode: input.cityCode },
        input,
      )
    })
    return getScheme(schemeId)
  }

  async function updateScheme(principal: Principal | null, id: string, changes: UpdateSchemeInput) {
    const scheme = await getScheme(id)
    const actor = authorize(principal, policies.writeScheme, { cityCode: scheme.cityCode })
    requireConsistentCaps({
      claimCapFen: changes.claimCapFen ?? scheme.claimCapFen,
      firmYearCapFen: changes.firmYearCapFen ?? scheme.firmYearCapFen,
      firmTotalCapFen: changes.firmTotalCapFen ?? scheme.firmTotalCapFen,
    })
    await db.transaction(async (transaction) => {
      await repository.updateScheme(transaction, id, changes)
      await voucherSchemeAudit.record(transaction, actor, 'update', scheme, changes)
    })
    return getScheme(id)
  }

  /**
   * Public money enters the ledger: a transfer from the city's appropriation source into the scheme's budget.
   * Locking the budget account first serialises appropriations of one scheme, so the annual limit holds.
   */
  async function appropriate(principal: Principal | null, schemeId: string, input: CreateAppropriationInput) {
    const scheme = await getScheme(schemeId)
    const actor = authorize(principal, policies.appropriate, { cityCode: scheme.cityCode })
    const budgetYear = input.budgetYear ?? shanghaiYearOf(new Date())
    const appropriation = await db.transaction(async (transaction) => {
      await ledger.lockAccount(transaction, scheme.budgetAccountId)
      const alreadyFen = await repository.appropriatedInYear(transaction, schemeId, budgetYear)
      if (alreadyFen + input.amountFen > scheme.annualBudgetFen) {
        throw new AppError('APPROPRIATION_OVER_ANNUAL_BUDGET', {
          budgetYear,
          annualBudgetFen: scheme.annualBudgetFen,
          alreadyAppropriatedFen: alreadyFen,
          amountFen: input.amountFen,
        })
      }
      const appropriationId = newId('vapp')
      const sourceAccountId = await ledger.ensureAppropriationAccount(transaction, scheme.cityCode)
      const transferId = await ledger.transfer(transaction, {
        kind: 'appropriation',
        fromAccountId: sourceAccountId,
        toAccountId: scheme.budgetAccountId,
        amountFen: input.amountFen,
        reference: appropriationId,
        actorUserId: actor.userId,
      })
      const inserted = await repository.insertAppropriation(transaction, {
        id: appropriationId,
        schemeId,
        cityCode: scheme.cityCode,
        budgetYear,
        amountFen: input.amountFen,
        documentReference: input.documentReference,
        transferId,
        createdByUserId: actor.userId,
      })
      await voucherSchemeAudit.record(transaction, actor, 'appropriate', scheme, {
        appropriationId,
        budgetYear,
        amountFen: input.amountFen,
        transferId,
      })
      return inserted
    })
    return { appropriation, scheme: await getScheme(schemeId) }
  }

  async function listAppropriations(schemeId: string, query: { limit?: number; cursor?: string }) {
    await getScheme(schemeId)
    return pageById(query, (after, limit) => repository.listAppropriations(db, schemeId, after, limit))
  }

  return { getScheme, listSchemes, createScheme, updateScheme, appropriate, listAppropriations }
}

export type SchemesService = ReturnType<typeof createSchemesService>
