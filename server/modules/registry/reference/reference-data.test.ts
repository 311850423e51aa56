import fs from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { isValidCreditCode, completeCreditCode } from '../credit-code'
import bundledFacts from './corridor-facts.json'
import { cityReferences, industryReferences, referenceFigures } from './reference-data'

const sharedFactsPath = path.resolve('..', 'shared', 'corridor-facts.json')

describe('reference data', () => {
  it.runIf(fs.existsSync(sharedFactsPath))('bundles the same corridor facts as the project brief', () => {
    const shared: unknown = JSON.parse(fs.readFileSync(sharedFactsPath, 'utf8'))
    expect(bundledFacts).toEqual(shared)
  })

  it('names nine cities in Chinese and English with coordinates inside the Yangtze Delta', () => {
    expect(cityReferences).toHaveLength(9)
    for (const city of cityReferences) {
      expect(city.nameZh).not.toBe('')
      expect(city.roleZh).not.toBe(city.roleEn)
      expect(city.latitude).toBeGreaterThan(28)
      expect(city.latitude).toBeLessThan(33)
      expect(city.longitude).toBeGreaterThan(117)
      expect(city.longitude).toBeLessThan(122)
    }
  })

  it('holds the 6+X industries and the 7 key alliance industries of the facts, in order', () => {
    expect(
      industryReferences.filter((industry) => industry.taxonomy === '6+X').map((industry) => industry.nameEn),
    ).toEqual(bundledFacts.industries_6_plus_x)
    expect(
      industryReferences
        .filter((industry) => industry.taxonomy === 'alliance_key')
        .map((industry) => industry.nameEn),
    ).toEqual(bundledFacts.alliance_key_industries_7)
  })

  it('takes the reference figures from the facts', () => {
    expect(referenceFigures).toMatchObject({
      foundingParkMembers: 74,
      industrialAlliances: 14,
      demonstrationParks: 11,
      leadingFirms: 1470,
      highTechFirms: 29000,
      financialInstitutions: 498,
    })
  })
})

describe('unified social credit codes', () => {
  it('accepts a real code and refuses a wrong check character, lower case and wrong lengths', () => {
    expect(isValidCreditCode('91110000802100433B')).toBe(true)
    expect(isValidCreditCode('91110000802100433C')).toBe(false)
    expect(isValidCreditCode('91110000802100433b')).toBe(false)
    expect(isValidCreditCode('91110000802100433')).toBe(false)
    expect(isValidCreditCode('91110000I02100433B')).toBe(false)
  })
  it('completes a 17-character body with its check character', () => {
    expect(completeCreditCode('91110000802100433')).toBe('91110000802100433B')
  })
})
