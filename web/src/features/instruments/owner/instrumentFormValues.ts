// The instrument editor's values: amounts as typed yuan sent as integer fen, the rules as numbers; an edit
// sends only what changed, and only the fields the API lets change (model, maker, kind, value and price unit
// are fixed).
import { changedFields } from '../../../shared/api/changes'
import { fenToYuanText, yuanToFen } from '../../../shared/format/yuan'
import type {
  CreateInstrumentBody,
  Instrument,
  InstrumentCategory,
  InstrumentPriceUnit,
  InstrumentRules,
  InstrumentStatus,
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
  }
}

type Changeable = Exclude<keyof UpdateInstrumentBody, 'rules' | 'status'>
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
  return body
}
