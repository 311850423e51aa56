// The finance module's routes: each resource's, in the order of the API document.
import type { FastifyInstance } from 'fastify'
import { defineRoutes } from '../../platform/http/routes'
import type { CasesService } from './cases.service'
import { caseRoutes } from './cases.routes'
import type { FiguresService } from './figures.service'
import { figureRoutes } from './figures.routes'
import type { NeedsService } from './needs.service'
import { needRoutes } from './needs.routes'
import type { ProductsService } from './products.service'
import { productRoutes } from './products.routes'
import type { ReferralsService } from './referrals.service'
import { referralRoutes } from './referrals.routes'
import type { ScoresService } from './scores.service'
import { scoreRoutes } from './scores.routes'
import type { SuggestionsService } from './suggestions.service'

export interface FinanceServices {
  products: ProductsService
  scores: ScoresService
  needs: NeedsService
  referrals: ReferralsService
  cases: CasesService
  figures: FiguresService
  suggestions: SuggestionsService
}

export function registerFinanceRoutes(app: FastifyInstance, services: FinanceServices) {
  defineRoutes(app, { tags: ['finance'] }, [
    ...productRoutes(services),
    ...scoreRoutes(services),
    ...needRoutes(services.needs),
    ...referralRoutes(services.referrals),
    ...caseRoutes(services.cases),
    ...figureRoutes(services.figures),
  ])
}
