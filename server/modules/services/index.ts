// The one-stop services module's public face: the catalogue of service items, cases accepted at one city's window
// and decided by another city's office on working-day clocks, their figures, and the talent window's cards.
import type { FastifyInstance } from 'fastify'
import type { Database } from '../../db/client'
import type { Principal } from '../../platform/authorization'
import { defineModule } from '../../platform/module'
import { createCaseFiling } from './case-filing.service'
import { createCaseMoves, type LicenceIssuer } from './case-moves.service'
import * as casesRepository from './cases.repository'
import { createCasesService } from './cases.service'
import { clockWatchJob, redateRunningClocks } from './clock.service'
import { createFiguresService } from './figures.service'
import { createItemsService, ensureCatalogue, type ItemsOptions } from './items.service'
import { serviceErrors } from './services.errors'
import { registerServicesRoutes } from './services.routes'
import { createTalentCardsService } from './talent-cards.service'

export interface ServicesDependencies {
  registry: { getFirm(id: string): Promise<{ id: string; nameZh: string; nameEn: string }> }
  identity: { me(principal: Principal | null): Promise<{ displayNameZh: string; displayNameEn: string }> }
  licences: LicenceIssuer & {
    checkPresented(
      transaction: Database,
      firmId: string,
      licenceType: string,
      licenceId: string,
    ): Promise<string | null>
  }
}

export function createServicesModule(
  db: Database,
  dependencies: ServicesDependencies,
  options: ItemsOptions = { publicCacheMs: 0 },
) {
  const items = createItemsService(db, options)
  const filing = createCaseFiling(db, {
    getFirm: (id) => dependencies.registry.getFirm(id),
    me: (principal) => dependencies.identity.me(principal),
    // a firm presents a licence from its wallet; a professional, the approved case of a talent item
    refusePresented: async (transaction, applicant, licenceType, referenceId) =>
      applicant.firmId !== null
        ? dependencies.licences.checkPresented(transaction, applicant.firmId, licenceType, referenceId)
        : (await casesRepository.findApprovedWithLicence(
              transaction,
              referenceId,
              licenceType,
              applicant,
            )) !== undefined
          ? null
          : 'not_found',
  })
  const moves = createCaseMoves(db, filing, dependencies.licences)
  const cases = createCasesService(db)
  const figures = createFiguresService(db)
  const talentCards = createTalentCardsService(db)
  return defineModule({
    items,
    filing,
    moves,
    cases,
    figures,
    talentCards,
    name: 'services',
    errors: serviceErrors,
    prepare: ensureCatalogue,
    recurringJobs: [clockWatchJob],
    calendarChanged: redateRunningClocks,
    registerRoutes(app: FastifyInstance) {
      registerServicesRoutes(app, { items, filing, moves, cases, figures, talentCards })
    },
  })
}

export type ServicesModule = ReturnType<typeof createServicesModule>
export { watchClocks } from './clock.service'
