// What every part of the insights module's demo data is given: the end of the demo year (the seed's "now"), the
// demo accounts' user ids, and a reproducible random stream of its own.
import type { Random } from '../../../seed/random'

export interface InsightsSeedContext {
  activityEndsAt: Date
  userIdByUsername: ReadonlyMap<string, string>
  random: Random
}
