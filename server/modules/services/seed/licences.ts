// What the demo year's approved firm cases hand the licences module's seed: each case's licence, as its item's
// version describes it, to be issued by the competent city at the moment of the decision. (The talent card is the
// talent window's own record.)
import type { LicenceGrant } from '../../licences'
import { catalogueItems } from '../services.reference'
import type { ServiceDemoData } from './types'

const licenceOfItem = new Map(
  catalogueItems.flatMap((item) => (item.licence === null ? [] : [[item.code, item.licence] as const])),
)

export function licenceGrantsOf(data: ServiceDemoData): LicenceGrant[] {
  return data.cases.flatMap((found) => {
    const licence = licenceOfItem.get(found.itemCode)
    if (
      found.status !== 'approved' ||
      found.firmId === null ||
      found.decidedAt === null ||
      licence === undefined ||
      licence.type === 'G60TalentCard'
    ) {
      return []
    }
    return [
      {
        caseId: found.id,
        caseNumber: found.number,
        itemCode: found.itemCode,
        licence,
        firmId: found.firmId,
        issuerCode: found.competentCityCode,
        at: found.decidedAt,
        isSynthetic: found.isSynthetic,
      },
    ]
  })
}
