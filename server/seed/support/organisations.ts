// What the modules' generators read of the registry's generated rows. The registry's rows have these fields (and
// more); each module's seed takes them as plain data, never through the registry's tables.
import type { Random } from '../random'

export interface SeedFirm {
  id: string
  creditCode: string
  nameZh: string
  cityCode: string
  parkId?: string | null
  industryCode: string
  size: string
  stage: string
  isHighTech?: boolean
  isLeading?: boolean
  isTechSme?: boolean
  researchSpendFen?: number
  revenueFen?: number
  staffCount?: number
}

export interface SeedProvider {
  id: string
  nameZh: string
  kind: string
  cityCode: string
  creditCode: string
  admissionStatus: string
  /** the day of the provider's last admission step ('YYYY-MM-DD') */
  admissionUpdatedOn: string
}

export interface SeedInstitution {
  id: string
  nameZh: string
  kind: string
  cityCode: string
}

/** What every module's generator is given besides its own figures. */
export interface ModuleSeedInput {
  random: Random
  /** the moment the generated activity ends: what happened is before it */
  activityEndsAt: Date
  /** organisation id of each demo account that has one, by username */
  demoOrganisations: ReadonlyMap<string, string>
}
