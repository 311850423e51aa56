// The finance module's routes: each resource's registrar, in the order of the API document.
import type { FastifyInstance } from 'fastify'
import type { CasesService } from './cases.service'
import { registerCaseRoutes } from './cases.routes'
import type { FiguresService } from './figures.service'
import { registerFigureRoutes } from './figures.routes'
import type { NeedsService } from './needs.service'
import { registerNeedRoutes } from './needs.routes'
import type { ProductsService } from './products.service'
import { registerProductRoutes } from './products.routes'
import type { ReferralsService } from './referrals.service'
import { registerReferralRoutes } from './referrals.routes'
import type { ScoresService } from './scores.service'
import { registerScoreRoutes } from './scores.routes'
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
  registerProductRoutes(app, services)
  registerScoreRoutes(app, services)
  registerNeedRoutes(app, services.needs)
  registerReferralRoutes(app, services.referrals)
  registerCaseRoutes(app, services.cases)
  registerFigureRoutes(app, services.figures)
}
