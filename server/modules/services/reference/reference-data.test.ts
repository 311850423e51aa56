// The one-stop services' reference data (departments, materials, the service catalogue) and the holiday files of the
// working-day calendar: every rule the data must keep, checked on the files as they ship.
import { describe, expect, it } from 'vitest'
import { chinaCalendarDays } from '../../../platform/calendar/calendar.data'
import { dayKinds, isWeekend } from '../../../platform/calendar/calendar.days'
import holidays2025 from '../../../platform/calendar/holidays/2025.json'
import holidays2026 from '../../../platform/calendar/holidays/2026.json'
import holidays2027 from '../../../platform/calendar/holidays/2027.json'
import departmentsFile from './departments.json'
import materialsFile from './materials.json'
import itemsFile from './service-items.json'

interface Department {
  code: string
  nameZh: string
  nameEn: string
}

interface Material {
  code: string
  nameZh: string
  nameEn: string
  kinds: string[]
  reuse: string | null
}

interface ServiceItem {
  code: string
  category: string
  talentArea: string | null
  nameZh: string
  nameEn: string
  descriptionZh: string
  descriptionEn: string
  competentCityCode: string
  departmentCode: string
  mode: string
  statutoryDays: number
  promisedDays: number
  feeFen: number
  licence: { type: string; nameZh: string; nameEn: string; validYears: number } | null
  materials: { code: string; required: boolean }[]
}

interface HolidayFile {
  year: number
  source: string
  provisional?: boolean
  days: { day: string; kind: string; nameZh: string; nameEn: string }[]
}

const departments: Department[] = departmentsFile
const materials: Material[] = materialsFile
const items: ServiceItem[] = itemsFile
const holidayFiles: HolidayFile[] = [holidays2025, holidays2026, holidays2027]

const cityCodes = ['SH-SJ', 'SZ', 'HZ', 'JX', 'HUZ', 'JH', 'HF', 'WH', 'XC']
const itemCodePattern = /^G60-(SHSJ|SZ|HZ|JX|HUZ|JH|HF|WH|XC)-([A-Z]{2,6})-\d{3}$/
const talentAreas = ['healthcare', 'schooling', 'housing', 'transport', 'food', 'talent_card']
const modes = ['online', 'proxy', 'joint']
const fileKinds = ['pdf', 'jpg', 'png', 'ofd']
/** Materials a person holds (or signs as anyone): the only ones a talent item may ask for. */
const personMaterials = new Set([
  'application_form',
  'consent_form',
  'power_of_attorney',
  'commitment_letter',
  'id_card',
  'photo',
  'household_register',
  'residence_permit',
  'birth_certificate',
  'vaccination_certificate',
  'student_status_proof',
  'labour_contract',
  'social_insurance_record',
  'individual_income_tax_record',
  'housing_contract',
  'housing_status_certificate',
  'talent_qualification_proof',
  'referral_certificate',
  'physical_condition_certificate',
  'bank_card',
  'g60_talent_card',
  'driving_licence',
])
const chinese = /\p{Script=Han}/u
const latinOnly = /^[\x20-\x7E’–]+$/

function countBy<T>(values: readonly T[]): Map<T, number> {
  const counts = new Map<T, number>()
  for (const value of values) counts.set(value, (counts.get(value) ?? 0) + 1)
  return counts
}

function expectBilingual(record: { nameZh: string; nameEn: string }) {
  expect(record.nameZh, record.nameEn).toMatch(chinese)
  expect(record.nameEn, record.nameZh).toMatch(latinOnly)
}

const departmentCodes = new Set(departments.map((department) => department.code))
const materialsByCode = new Map(materials.map((material) => [material.code, material]))
const licenceTypes = new Set(items.flatMap((item) => (item.licence === null ? [] : [item.licence.type])))

describe('departments', () => {
  it('lists about fifteen deciding departments with unique lower-case codes and both names', () => {
    expect(departments.length).toBeGreaterThanOrEqual(12)
    expect(departments.length).toBeLessThanOrEqual(20)
    expect(departmentCodes.size).toBe(departments.length)
    for (const department of departments) {
      expect(department.code).toMatch(/^[a-z][a-z_]*$/)
      expectBilingual(department)
    }
    for (const code of ['amr', 'tax', 'hrss', 'hsa', 'hpf', 'edu', 'talent'])
      expect(departmentCodes).toContain(code)
  })
})

describe('materials', () => {
  it('lists 40–60 materials with unique codes, both names and allowed file kinds', () => {
    expect(materials.length).toBeGreaterThanOrEqual(40)
    expect(materials.length).toBeLessThanOrEqual(60)
    expect(materialsByCode.size).toBe(materials.length)
    for (const material of materials) {
      expect(material.code).toMatch(/^[a-z][a-z0-9_]*$/)
      expectBilingual(material)
      expect(material.kinds.length, material.code).toBeGreaterThan(0)
      expect(new Set(material.kinds).size, material.code).toBe(material.kinds.length)
      for (const kind of material.kinds) expect(fileKinds, material.code).toContain(kind)
    }
  })

  it('reuses only the registry record or an e-licence that some item issues', () => {
    for (const material of materials) {
      if (material.reuse === null || material.reuse === 'registry') continue
      const match = /^licence:([A-Z][A-Za-z0-9]*)$/.exec(material.reuse)
      expect(match, material.code).not.toBeNull()
      expect(licenceTypes, material.code).toContain(match?.[1])
    }
    const fromRegistry = materials
      .filter((material) => material.reuse === 'registry')
      .map((material) => material.code)
    expect(fromRegistry).toEqual(
      expect.arrayContaining(['business_licence', 'credit_code_certificate', 'enterprise_basic_information']),
    )
  })

  it('holds the cross-province materials, each asked for by at least one item', () => {
    for (const code of [
      'application_form',
      'consent_form',
      'articles_of_association',
      'shareholders_resolution',
      'premises_proof',
      'legal_representative_id',
      'product_inspection_report',
      'quality_management_documents',
      'environmental_assessment',
      'staff_qualification_certificates',
      'residence_permit',
      'social_insurance_record',
      'labour_contract',
      'household_register',
      'birth_certificate',
      'housing_contract',
      'talent_qualification_proof',
    ]) {
      expect(materialsByCode.has(code), code).toBe(true)
    }
    const asked = new Set(items.flatMap((item) => item.materials.map((material) => material.code)))
    expect(
      materials.filter((material) => !asked.has(material.code)).map((material) => material.code),
    ).toEqual([])
  })
})

describe('service items', () => {
  it('has 150 items with unique codes that name the competent city and department', () => {
    expect(items).toHaveLength(150)
    expect(new Set(items.map((item) => item.code)).size).toBe(items.length)
    for (const item of items) {
      const match = itemCodePattern.exec(item.code)
      expect(match, item.code).not.toBeNull()
      expect(cityCodes, item.code).toContain(item.competentCityCode)
      expect(match?.[1], item.code).toBe(item.competentCityCode.replace('-', ''))
      expect(departmentCodes, item.code).toContain(item.departmentCode)
      expect(match?.[2], item.code).toBe(item.departmentCode.toUpperCase())
    }
  })

  it('names and describes every item in Chinese and English', () => {
    for (const item of items) {
      expectBilingual(item)
      expect(item.descriptionZh, item.code).toMatch(chinese)
      expect(item.descriptionEn, item.code).toMatch(latinOnly)
      expect(item.descriptionEn.length, item.code).toBeGreaterThan(item.nameEn.length)
    }
  })

  it('keeps category, talent area and mode within their values', () => {
    for (const item of items) {
      expect(['enterprise', 'talent'], item.code).toContain(item.category)
      if (item.category === 'enterprise') expect(item.talentArea, item.code).toBeNull()
      else expect(talentAreas, item.code).toContain(item.talentArea)
      expect(modes, item.code).toContain(item.mode)
    }
  })

  it('promises at most the statutory limit, both in whole working days up to 60, and charges whole fen', () => {
    for (const item of items) {
      expect(Number.isInteger(item.statutoryDays), item.code).toBe(true)
      expect(Number.isInteger(item.promisedDays), item.code).toBe(true)
      expect(item.promisedDays, item.code).toBeGreaterThanOrEqual(1)
      expect(item.promisedDays, item.code).toBeLessThanOrEqual(item.statutoryDays)
      expect(item.statutoryDays, item.code).toBeLessThanOrEqual(60)
      expect(Number.isInteger(item.feeFen), item.code).toBe(true)
      expect(item.feeFen, item.code).toBeGreaterThanOrEqual(0)
    }
    const free = items.filter((item) => item.feeFen === 0).length
    expect(free / items.length).toBeGreaterThanOrEqual(0.95)
  })

  it('asks for 2–8 known materials, each once, and a person’s materials only on talent items', () => {
    for (const item of items) {
      const codes = item.materials.map((material) => material.code)
      expect(codes.length, item.code).toBeGreaterThanOrEqual(2)
      expect(codes.length, item.code).toBeLessThanOrEqual(8)
      expect(new Set(codes).size, item.code).toBe(codes.length)
      expect(
        item.materials.some((material) => material.required),
        item.code,
      ).toBe(true)
      for (const code of codes) {
        expect(materialsByCode.has(code), `${item.code}: ${code}`).toBe(true)
        if (item.category === 'talent') expect(personMaterials, `${item.code}: ${code}`).toContain(code)
      }
    }
  })

  it('has the window’s consent form signed on every item another city’s window collects', () => {
    for (const item of items.filter((candidate) => candidate.mode === 'proxy')) {
      expect(item.materials, item.code).toContainEqual({ code: 'consent_form', required: true })
    }
  })

  it('ends about a third of the items in a licence, one name and term per licence type', () => {
    const licensed = items.filter((item) => item.licence !== null)
    expect(licensed.length / items.length).toBeGreaterThanOrEqual(0.28)
    expect(licensed.length / items.length).toBeLessThanOrEqual(0.4)
    const byType = new Map<string, string>()
    for (const item of licensed) {
      const licence = item.licence
      if (licence === null) continue
      expect(licence.type, item.code).toMatch(/^[A-Z][A-Za-z0-9]*$/)
      expectBilingual(licence)
      expect(Number.isInteger(licence.validYears), item.code).toBe(true)
      expect(licence.validYears, item.code).toBeGreaterThanOrEqual(1)
      expect(licence.validYears, item.code).toBeLessThanOrEqual(50)
      const shape = JSON.stringify([licence.nameZh, licence.nameEn, licence.validYears])
      expect(byType.get(licence.type) ?? shape, item.code).toBe(shape)
      byType.set(licence.type, shape)
    }
    // setting up and changing a company both end in a business licence
    expect(licensed.filter((item) => item.licence?.type === 'BusinessLicence').length).toBeGreaterThan(5)
  })
})

describe('service items across the corridor', () => {
  it('covers all nine cities, Shanghai (Songjiang) the most', () => {
    const byCity = countBy(items.map((item) => item.competentCityCode))
    expect([...byCity.keys()].sort()).toEqual([...cityCodes].sort())
    const songjiang = byCity.get('SH-SJ') ?? 0
    for (const [city, count] of byCity) if (city !== 'SH-SJ') expect(count, city).toBeLessThan(songjiang)
  })

  it('offers the first batch of enterprise items in several cities', () => {
    const citiesOf = (nameZh: string) =>
      new Set(items.filter((item) => item.nameZh === nameZh).map((item) => item.competentCityCode))
    expect(citiesOf('内资有限公司设立登记').size).toBe(9)
    for (const nameZh of [
      '内资有限公司变更登记',
      '内资有限公司注销登记',
      '外商投资有限责任公司设立登记',
      '工业产品生产许可证核发',
    ]) {
      expect(citiesOf(nameZh).size, nameZh).toBeGreaterThanOrEqual(3)
    }
    for (const nameZh of ['外商投资企业变更登记', '外商投资企业注销登记']) {
      expect(citiesOf(nameZh).size, nameZh).toBeGreaterThanOrEqual(2)
    }
  })

  it('mixes the three modes', () => {
    const byMode = countBy(items.map((item) => item.mode))
    for (const mode of modes) expect(byMode.get(mode) ?? 0, mode).toBeGreaterThan(0)
  })

  it('has about 25 talent items over at least five talent areas, with the G60 talent card in Songjiang', () => {
    const talent = items.filter((item) => item.category === 'talent')
    expect(talent.length).toBeGreaterThanOrEqual(20)
    expect(talent.length).toBeLessThanOrEqual(30)
    expect(new Set(talent.map((item) => item.talentArea)).size).toBeGreaterThanOrEqual(5)
    const card = items.find((item) => item.nameZh === '长三角G60人才卡申领')
    expect(card).toMatchObject({ competentCityCode: 'SH-SJ', category: 'talent', talentArea: 'talent_card' })
    expect(card?.licence?.type).toBe('G60TalentCard')
  })
})

describe('holiday files', () => {
  const statutoryHolidayDays = 13 // 全国年节及纪念日放假办法 as revised in 2024, from 2025 on

  it('lists, in each file, unique days of its own year in order, with valid kinds and names', () => {
    expect(holidayFiles.map((file) => file.year)).toEqual([2025, 2026, 2027])
    for (const file of holidayFiles) {
      expect(file.source).not.toBe('')
      expect(file.days.length, String(file.year)).toBeGreaterThan(20)
      for (const [index, day] of file.days.entries()) {
        expect(day.day.slice(0, 5), day.day).toBe(`${file.year}-`)
        expect(dayKinds, day.day).toContain(day.kind)
        expectBilingual(day)
        const previous = file.days[index - 1]
        if (previous !== undefined) expect(previous.day < day.day, day.day).toBe(true)
      }
    }
  })

  it('holds the 2025 and 2026 notices: every block and make-up day, and the calendar reads these files', () => {
    const kindOf = (file: typeof holidays2025, day: string) =>
      file.days.find((entry) => entry.day === day)?.kind
    // 2025: Spring Festival 28 Jan – 4 Feb, make-up days 26 Jan and 8 Feb; National Day 1–8 Oct, 28 Sep and 11 Oct
    for (const day of ['2025-01-28', '2025-02-04', '2025-10-01', '2025-10-08'])
      expect(kindOf(holidays2025, day), day).toBe('holiday')
    for (const day of ['2025-01-26', '2025-02-08', '2025-09-28', '2025-10-11'])
      expect(kindOf(holidays2025, day), day).toBe('workday')
    // 2026: Spring Festival 15–23 Feb, 14 and 28 Feb worked; National Day 1–7 Oct, 20 Sep and 10 Oct worked
    for (const day of ['2026-02-15', '2026-02-23', '2026-10-01', '2026-10-07'])
      expect(kindOf(holidays2026, day), day).toBe('holiday')
    for (const day of ['2026-02-14', '2026-02-28', '2026-09-20', '2026-10-10'])
      expect(kindOf(holidays2026, day), day).toBe('workday')
    expect(holidays2025.days).toHaveLength(33)
    expect(holidays2026.days).toHaveLength(39)
    expect(chinaCalendarDays.filter((entry) => entry.day.startsWith('2026-'))).toEqual(holidays2026.days)
  })

  it('puts make-up working days on weekends only, and a weekday in every holiday block', () => {
    for (const file of holidayFiles) {
      for (const day of file.days.filter((candidate) => candidate.kind === 'workday')) {
        expect(isWeekend(day.day), day.day).toBe(true)
        expect(day.nameZh, day.day).toMatch(/调休上班$/)
        expect(day.nameEn, day.day).toMatch(/ make-up working day$/)
      }
      const blocks = new Map<string, string[]>()
      let blockKey = ''
      let previousDay = ''
      for (const day of file.days.filter((candidate) => candidate.kind === 'holiday')) {
        const follows = previousDay !== '' && Date.parse(day.day) - Date.parse(previousDay) === 86_400_000
        if (!follows || !blockKey.endsWith(day.nameZh)) blockKey = `${day.day} ${day.nameZh}`
        blocks.set(blockKey, [...(blocks.get(blockKey) ?? []), day.day])
        previousDay = day.day
      }
      for (const [block, days] of blocks)
        expect(
          days.some((day) => !isWeekend(day)),
          block,
        ).toBe(true)
    }
  })

  it('gives the 13 statutory days a year: weekdays off less make-up working days', () => {
    for (const file of holidayFiles) {
      const weekdaysOff = file.days.filter((day) => day.kind === 'holiday' && !isWeekend(day.day)).length
      const madeUp = file.days.filter((day) => day.kind === 'workday').length
      expect(weekdaysOff - madeUp, String(file.year)).toBe(statutoryHolidayDays)
    }
  })

  it('cites the official notice, or says plainly that a year is provisional', () => {
    for (const file of holidayFiles) {
      if (file.provisional === true) expect(file.source, String(file.year)).toMatch(/^provisional: /)
      else
        expect(file.source, String(file.year)).toMatch(
          /国务院办公厅关于\d{4}年部分节假日安排的通知.*https:\/\/www\.gov\.cn\//,
        )
    }
  })
})
