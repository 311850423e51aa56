// The G60 talent cards a professional holds (recorded when a talent-card case is approved), with their entitlements.
import { desc, eq } from 'drizzle-orm'
import type { Database } from '../../db/client'
import { requirePrincipal, type Principal } from '../../platform/authorization'
import { talentCards } from './services.tables'

const cardsReadMax = 20

export function createTalentCardsService(db: Database) {
  return {
    /** The caller's own cards, newest first. */
    async myCards(principal: Principal | null) {
      const actor = requirePrincipal(principal)
      return db
        .select()
        .from(talentCards)
        .where(eq(talentCards.userId, actor.userId))
        .orderBy(desc(talentCards.issuedOn))
        .limit(cardsReadMax)
    },
  }
}

export type TalentCardsService = ReturnType<typeof createTalentCardsService>
