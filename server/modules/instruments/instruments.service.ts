// The shared catalogue: owners publish instruments with their booking rules; anyone searches them (also "free
// between A and B"), sees a week's held slots and gets a quote for a slot before booking.
import { createHash } from 'node:crypto'
import type { Database } from '../../db/client'
import { searchTextOf } from '../../db/search'
import { auditTrail } from '../../platform/audit'
import { authorize, requirePrincipal, type Principal } from '../../platform/authorization'
import { AppError, orRefuse } from '../../platform/errors'
import type { ExportTable } from '../../platform/export'
import { sortedPageRequest, toListPage } from '../../platform/http/list'
import { newId } from '../../platform/ids'
import { createAvailabilityService } from './availability.service'
import { instrumentExportColumns } from './instruments.export'
import { instrumentPolicies as policies } from './instruments.policies'
import { valueTierOf } from './instruments.reference'
import * as repository from './instruments.repository'
import type {
  CreateInstrumentInput,
  InstrumentQueryInput,
  OpeningHoursInput,
  QuoteQueryInput,
  UpdateInstrumentInput,
} from './instruments.schemas'
import { weeklyMinutesOf } from './opening-hours'
import { bookingAmountFen, durationMinutes } from './rules'

const instrumentAudit = auditTrail('instrument')

/** What the instruments module needs from the registry (its public service). */
export interface InstrumentsRegistryAccess {
  getProvider(id: string): Promise<{ id: string; cityCode: string; nameZh: string }>
  getFirm(id: string): Promise<{ id: string; cityCode: string }>
}

/** The longest window one calendar request shows, and the most slots in it. */
export const calendarDaysMax = 31
export const calendarSlotsMax = 2000
const dayMs = 24 * 60 * 60 * 1000

/** The upper bound of a tstzrange as PostgreSQL prints it: ["2026-12-01 01:00:00+00","2026-12-01 03:30:00+00") */
export function rangeUpperBound(range: string): Date {
  const match = /,"?([^")\]]+)"?[)\]]$/.exec(range)
  if (match?.[1] === undefined) throw new Error(`not a time range: ${range}`)
  return new Date(match[1].replace(' ', 'T').replace(/([+-]\d\d)$/, '$1:00'))
}

interface InstrumentsDependencies {
  db: Database
  registry: InstrumentsRegistryAccess
}

function parseWindow(from: string, to: string): { from: Date; to: Date } {
  const window = { from: new Date(from), to: new Date(to) }
  const spanMs = window.to.getTime() - window.from.getTime()
  if (!(spanMs > 0) || spanMs > calendarDaysMax * dayMs) {
    throw new AppError('BOOKING_TIME_INVALID', { from, to, daysMax: calendarDaysMax })
  }
  return window
}

function requireConsistentRules(input: {
  originalValueFen?: number | undefined
  internalPriceFen: number
  externalPriceFen: number
  minDurationMinutes: number
  maxDurationMinutes: number
}) {
  if (input.originalValueFen !== undefined && valueTierOf(input.originalValueFen) === null) {
    throw new AppError('INSTRUMENT_VALUE_TOO_LOW', { originalValueFen: input.originalValueFen })
  }
  if (
    input.externalPriceFen < input.internalPriceFen ||
    input.minDurationMinutes > input.maxDurationMinutes
  ) {
    throw new AppError('INSTRUMENT_RULES_INCONSISTENT', input)
  }
}

/** The stored columns of the opening hours given (checked), or none: absent, the instrument keeps its own. */
function openingColumnsOf(openingHours: OpeningHoursInput | undefined) {
  if (openingHours === undefined) return {}
  return { openingHours: weeklyMinutesOf(openingHours), closedOnHolidays: openingHours.closedOnHolidays }
}

async function getInstrument(dependencies: InstrumentsDependencies, id: string) {
  return orRefuse(await repository.findInstrument(dependencies.db, id), 'INSTRUMENT_NOT_FOUND', {
    instrumentId: id,
  })
}

/** The catalogue opens on the instruments listed last; price and value sort it too. */
const instrumentSortDefault = '-createdAt'

/** The catalogue is public, like the registry: firms look before they sign in. */
async function listInstruments(dependencies: InstrumentsDependencies, query: InstrumentQueryInput) {
  const { db } = dependencies
  if ((query.freeFrom === undefined) !== (query.freeTo === undefined)) {
    throw new AppError('VALIDATION_FAILED', {
      problems: [{ path: '/freeFrom', rule: 'freeFrom and freeTo together' }],
    })
  }
  const free =
    query.freeFrom !== undefined && query.freeTo !== undefined
      ? parseWindow(query.freeFrom, query.freeTo)
      : undefined
  const filter = {
    q: query.q,
    cityCode: query.city,
    category: query.category,
    valueTier: query.valueTier,
    priceMaxFen: query.priceMaxFen,
    providerId: query.provider,
    status: query.status,
    free,
  }
  const page = sortedPageRequest(query, instrumentSortDefault)
  const read = await repository.listInstruments(db, filter, page)
  return toListPage(page, read, (instrument) => instrument[page.order.key])
}

/** The search as a file: the search's own read with the export's row bound, in the search's order. */
async function exportInstruments(
  dependencies: InstrumentsDependencies,
  query: InstrumentQueryInput,
  rowsMax: number,
): Promise<ExportTable<repository.ListedInstrumentRow>> {
  const page = await listInstruments(dependencies, { ...query, cursor: undefined, limit: rowsMax })
  return {
    baseName: 'instruments',
    sheetName: 'instruments',
    columns: instrumentExportColumns,
    items: page.items,
    truncated: page.nextCursor !== null,
  }
}

async function createInstrument(
  dependencies: InstrumentsDependencies,
  principal: Principal | null,
  input: CreateInstrumentInput,
) {
  const { db, registry } = dependencies
  const caller = requirePrincipal(principal)
  const providerId = input.providerId ?? (caller.role === 'provider' ? caller.organisationId : null)
  if (providerId === null) {
    throw new AppError('VALIDATION_FAILED', { problems: [{ path: '/providerId', rule: 'required' }] })
  }
  const provider = await registry.getProvider(providerId)
  const actor = authorize(caller, policies.writeInstrument, {
    cityCode: provider.cityCode,
    organisationId: provider.id,
  })
  requireConsistentRules({ ...input, ...input.rules })
  const opening = openingColumnsOf(input.openingHours)
  const described = {
    nameZh: input.nameZh,
    nameEn: input.nameEn,
    model: input.model,
    maker: input.maker,
    category: input.category,
    originalValueFen: input.originalValueFen,
    locationZh: input.locationZh,
    specificationsZh: input.specificationsZh,
    specificationsEn: input.specificationsEn,
    servicesZh: input.servicesZh,
    priceUnit: input.priceUnit,
    internalPriceFen: input.internalPriceFen,
    externalPriceFen: input.externalPriceFen,
    contactName: input.contactName,
    contactPhone: input.contactPhone,
  }
  const details = { nameZh: input.nameZh, providerId: provider.id, originalValueFen: input.originalValueFen }
  return instrumentAudit.insert(db, actor, details, (transaction) =>
    repository.insertInstrument(transaction, {
      id: newId('inst'),
      providerId: provider.id,
      cityCode: provider.cityCode,
      ...described,
      ...input.rules,
      ...opening,
      searchText: searchTextOf(input.nameZh, input.nameEn, input.model, input.maker, provider.nameZh),
    }),
  )
}

async function updateInstrument(
  dependencies: InstrumentsDependencies,
  principal: Principal | null,
  id: string,
  changes: UpdateInstrumentInput,
) {
  const { db } = dependencies
  const instrument = await getInstrument(dependencies, id)
  const actor = authorize(principal, policies.writeInstrument, {
    cityCode: instrument.cityCode,
    organisationId: instrument.providerId,
  })
  const { rules, openingHours, ...described } = changes
  const merged = { ...instrument, ...described, ...rules }
  requireConsistentRules(merged)
  const opening = openingColumnsOf(openingHours)
  const nameZh = changes.nameZh ?? instrument.nameZh
  const nameEn = changes.nameEn ?? instrument.nameEn
  return instrumentAudit.update(db, actor, instrument, changes, (transaction) =>
    repository.updateInstrument(transaction, id, {
      ...described,
      ...rules,
      ...opening,
      searchText: searchTextOf(nameZh, nameEn, instrument.model, instrument.maker),
    }),
  )
}

/** Held slots in a window of at most 31 days; only the caller's own bookings are named. */
async function calendar(
  dependencies: InstrumentsDependencies,
  principal: Principal | null,
  id: string,
  window: { from: string; to: string },
) {
  const { db } = dependencies
  const instrument = await getInstrument(dependencies, id)
  const { from, to } = parseWindow(window.from, window.to)
  const slots = await repository.heldSlots(db, instrument.id, from, to, calendarSlotsMax)
  return {
    instrumentId: instrument.id,
    from,
    to,
    slots: slots.map((slot) => ({
      startsAt: slot.startsAt,
      endsAt: slot.endsAt,
      heldUntil: rangeUpperBound(slot.heldDuring),
      status: slot.status,
      bookingId: principal !== null && slot.bookerUserId === principal.userId ? slot.id : null,
    })),
  }
}

/** The price the caller would pay for a slot: its class (internal to the owner, or external) decides. */
async function quote(
  dependencies: InstrumentsDependencies,
  principal: Principal | null,
  id: string,
  query: QuoteQueryInput,
) {
  const instrument = await getInstrument(dependencies, id)
  const startsAt = new Date(query.startsAt)
  const endsAt = new Date(query.endsAt)
  const minutes = durationMinutes(startsAt, endsAt)
  if (minutes <= 0)
    throw new AppError('BOOKING_TIME_INVALID', { startsAt: query.startsAt, endsAt: query.endsAt })
  const userClass = principal?.organisationId === instrument.providerId ? 'internal' : 'external'
  const unitPriceFen = userClass === 'internal' ? instrument.internalPriceFen : instrument.externalPriceFen
  const priceUnit = instrument.priceUnit === 'per_sample' ? 'per_sample' : 'per_hour'
  return {
    userClass,
    priceUnit,
    unitPriceFen,
    minutes,
    amountFen: bookingAmountFen({
      priceUnit,
      priceFen: unitPriceFen,
      minutes,
      sampleCount: query.sampleCount ?? 1,
    }),
  } as const
}

/** An ICS feed of the held slots from a week ago to eight weeks ahead; no booker is named. */
async function icsFeed(dependencies: InstrumentsDependencies, id: string, now: Date) {
  const { db } = dependencies
  const instrument = await getInstrument(dependencies, id)
  const from = new Date(now.getTime() - 7 * dayMs)
  const to = new Date(now.getTime() + 56 * dayMs)
  const slots = await repository.heldSlots(db, instrument.id, from, to, calendarSlotsMax)
  const stamp = (moment: Date) =>
    moment
      .toISOString()
      .replace(/[-:]/g, '')
      .replace(/\.\d{3}/, '')
  const escape = (text: string) => text.replace(/[\\;,]/g, (character) => `\\${character}`)
  const events = slots.flatMap((slot) => [
    'BEGIN:VEVENT',
    `UID:${createHash('sha256').update(slot.id).digest('hex').slice(0, 32)}@g60.corridor`,
    `DTSTAMP:${stamp(now)}`,
    `DTSTART:${stamp(slot.startsAt)}`,
    `DTEND:${stamp(slot.endsAt)}`,
    `SUMMARY:${escape(`${instrument.nameZh} 已预约 (${slot.status})`)}`,
    'END:VEVENT',
  ])
  return [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//G60 Corridor Platform//Instruments//ZH',
    'CALSCALE:GREGORIAN',
    `X-WR-CALNAME:${escape(instrument.nameZh)}`,
    ...events,
    'END:VCALENDAR',
    '',
  ].join('\r\n')
}

export function createInstrumentsService(db: Database, registry: InstrumentsRegistryAccess) {
  const dependencies: InstrumentsDependencies = { db, registry }
  return {
    getInstrument: getInstrument.bind(null, dependencies),
    listInstruments: listInstruments.bind(null, dependencies),
    exportInstruments: exportInstruments.bind(null, dependencies),
    createInstrument: createInstrument.bind(null, dependencies),
    updateInstrument: updateInstrument.bind(null, dependencies),
    calendar: calendar.bind(null, dependencies),
    quote: quote.bind(null, dependencies),
    icsFeed: icsFeed.bind(null, dependencies),
    ...createAvailabilityService(db),
  }
}

export type InstrumentsService = ReturnType<typeof createInstrumentsService>
