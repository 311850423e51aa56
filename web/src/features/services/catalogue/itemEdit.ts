// The corridor office's edit of a service item: the fields it changes most (time limits, fee, descriptions), sent
// with the rest of the item as it stands and a note saying why. The server makes it a new version.
import { fenToYuanText, yuanToFen } from '../../../shared/format/yuan'
import { cityCodes } from '../../../shared/ui/enums'
import type { ItemBody, ServiceItem } from '../common/services.types'

export interface ItemEditValues {
  promisedDays: number
  statutoryDays: number
  fee: string
  descriptionZh: string
  descriptionEn: string
  changeNote: string
}

export function editValuesOf(item: ServiceItem): Omit<ItemEditValues, 'changeNote'> {
  return {
    promisedDays: item.promisedDays,
    statutoryDays: item.statutoryDays,
    fee: fenToYuanText(item.feeFen),
    descriptionZh: item.descriptionZh,
    descriptionEn: item.descriptionEn,
  }
}

function cityCodeOf(code: string): ItemBody['competentCityCode'] {
  const found = cityCodes.find((candidate) => candidate === code)
  if (found === undefined) throw new Error(`unknown city ${code}`)
  return found
}

/** The whole item as PUT /api/service-items/{code} takes it, with the edited fields. */
export function itemBodyOf(item: ServiceItem, values: ItemEditValues): ItemBody {
  return {
    category: item.category,
    talentArea: item.talentArea,
    nameZh: item.nameZh,
    nameEn: item.nameEn,
    descriptionZh: values.descriptionZh.trim(),
    descriptionEn: values.descriptionEn.trim(),
    competentCityCode: cityCodeOf(item.competentCity.code),
    departmentCode: item.department.code,
    mode: item.mode,
    statutoryDays: values.statutoryDays,
    promisedDays: values.promisedDays,
    feeFen: yuanToFen(values.fee),
    licence:
      item.licence === null
        ? null
        : {
            type: item.licence.type,
            nameZh: item.licence.nameZh,
            nameEn: item.licence.nameEn,
            validYears: item.licence.validYears,
          },
    materials: item.materials.map((material) => ({ code: material.code, required: material.required })),
    changeNote: values.changeNote.trim(),
  }
}
