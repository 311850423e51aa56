// The instrument editor's values: amounts as typed yuan sent as integer fen, the rules as numbers, the opening hours
// as the API's week; an edit sends only what changed, and only the fields the API lets change (model, maker, kind,
// value and price unit are fixed).
import { changedFields } from '../../../shared/api/changes'
import { fenToYuanText, yuanToFen } from '../../../shared/format/yuan'
import type {
  CreateInstrumentBody,
  Instrument,
  InstrumentCategory,
  InstrumentPriceUnit,
  InstrumentRules,
  InstrumentStatus,
  OpeningHours,
  UpdateInstrumentBody,
} from '../common/instrument.types'

export interface InstrumentFormValues {
  nameZh: string
  nameEn: string
  model: string
  maker: string
  category: InstrumentCategory
  originalValue: string
  locationZh: string
  specificationsZh: string
  specificationsEn: string
  servicesZh: string
  priceUnit: InstrumentPriceUnit
  internalPrice: string
  externalPrice: string
  contactName: string
  contactPhone: string
  status: InstrumentStatus
  rules: InstrumentRules
  openingHours: OpeningHours
}

export const defaultRules: InstrumentRules = {
  leadTimeHours: 24,
  minDurationMinutes: 60,
  maxDurationMinutes: 480,
  bufferMinutes: 30,
  requiresApproval: true,
  cancellationNoticeHours: 24,
  monthlyQuotaHours: 0,
}

const officeHours = () => [{ opensAt: '09:00', closesAt: '17:30' }]
/** What the API assumes when none are given: Monday to Friday 09:00–17:30, closed on public holidays. */
export const defaultOpeningHours: OpeningHours = {
  weekly: [officeHours(), officeHours(), officeHours(), officeHours(), officeHours(), [], []],
  closedOnHolidays: true,
}

/** The week as the API takes it: periods not yet filled in (a row added and left empty) are dropped. */
function openingHoursOf(values: OpeningHours): OpeningHours {
  return {
    weekly: values.weekly.map((periods) =>
      (periods ?? []).filter((period) => period?.opensAt !== undefined && period.opensAt !== ''),
    ),
    closedOnHolidays: values.closedOnHolidays,
  }
}

export function valuesOf(instrument: Instrument): InstrumentFormValues {
  return {
    nameZh: instrument.nameZh,
    nameEn: instrument.nameEn,
    model: instrument.model,
    maker: instrument.maker,
    category: instrument.category,
    originalValue: fenToYuanText(instrument.originalValueFen),
    locationZh: instrument.locationZh,
    specificationsZh: instrument.specificationsZh,
    specificationsEn: instrument.specificationsEn,
    servicesZh: instrument.servicesZh,
    priceUnit: instrument.priceUnit,
    internalPrice: fenToYuanText(instrument.internalPriceFen),
    externalPrice: fenToYuanText(instrument.externalPriceFen),
    contactName: instrument.contactName,
    contactPhone: instrument.contactPhone,
    status: instrument.status,
    rules: instrument.rules,
    openingHours: instrument.openingHours,
  }
}

export function createBodyOf(values: InstrumentFormValues): CreateInstrumentBody {
  return {
    nameZh: values.nameZh.trim(),
    nameEn: values.nameEn.trim(),
    model: values.model.trim(),
    maker: values.maker.trim(),
    category: values.category,
    originalValueFen: yuanToFen(values.originalValue),
    locationZh: values.locationZh.trim(),
    specificationsZh: values.specificationsZh.trim(),
    specificationsEn: values.specificationsEn.trim(),
    servicesZh: values.servicesZh.trim(),
    priceUnit: values.priceUnit,
    internalPriceFen: yuanToFen(values.internalPrice),
    externalPriceFen: yuanToFen(values.externalPrice),
    contactName: values.contactName.trim(),
    contactPhone: values.contactPhone.trim(),
    rules: { ...values.rules },
    openingHours: openingHoursOf(values.openingHours),
  }
}

type Changeable = Exclude<keyof UpdateInstrumentBody, 'rules' | 'status' | 'openingHours'>
const changeable: readonly Changeable[] = [
  'nameZh',
  'nameEn',
  'locationZh',
  'specificationsZh',
  'specificationsEn',
  'servicesZh',
  'internalPriceFen',
  'externalPriceFen',
  'contactName',
  'contactPhone',
]
const ruleNames: readonly (keyof InstrumentRules)[] = [
  'leadTimeHours',
  'minDurationMinutes',
  'maxDurationMinutes',
  'bufferMinutes',
  'requiresApproval',
  'cancellationNoticeHours',
  'monthlyQuotaHours',
]

/** The fields whose value differs from the instrument's: an empty body means nothing changed. */
export function updateBodyOf(instrument: Instrument, values: InstrumentFormValues): UpdateInstrumentBody {
  const wanted = createBodyOf(values)
  const body: UpdateInstrumentBody = changedFields(changeable, wanted, instrument)
  if (values.status !== instrument.status) body.status = values.status
  const rules = changedFields(ruleNames, wanted.rules, instrument.rules)
  if (Object.keys(rules).length > 0) body.rules = rules
  // the week is sent whole when any of it changed (the API replaces the week)
  const openingHours = wanted.openingHours ?? defaultOpeningHours
  if (JSON.stringify(openingHours) !== JSON.stringify(instrument.openingHours))
    body.openingHours = openingHours
  return body
}
