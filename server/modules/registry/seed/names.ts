// Realistic bilingual names of synthetic parks, alliances and firms, built from the catalogue's material, and the
// namer that keeps them unique within a table. Trade names are two characters with their pinyin (华芯 Huaxin).
import { cityFacts } from '../../../seed/catalogue'
import type { Bilingual } from '../../../platform/data-file'
import type { Random } from '../../../seed/random'
import {
  allianceNaming,
  firmNaming,
  tradeCharacters,
  type IndustryWord,
  type KeyIndustryCode,
  type ParkKind,
  type SubAllianceDefinition,
} from './catalogue'

export interface BilingualName {
  nameZh: string
  nameEn: string
}

const tradeNameAttemptsMax = 10

/** A two-character trade name: 华芯 / Huaxin (an apostrophe before a vowel, as pinyin spells Xi'an). */
export function tradeName(random: Random): Bilingual {
  let first = random.pick(tradeCharacters.firstCharacters)
  let second = random.pick(tradeCharacters.secondCharacters)
  for (let attempt = 0; attempt < tradeNameAttemptsMax && first.zh === second.zh; attempt++) {
    second = random.pick(tradeCharacters.secondCharacters)
  }
  if (first.zh === second.zh) first = { zh: '华', pinyin: 'Hua' }
  const separator = /^[aeo]/.test(second.pinyin) ? "'" : ''
  return { zh: `${first.zh}${second.zh}`, en: `${first.pinyin}${separator}${second.pinyin}` }
}

export function parkName(random: Random, cityCode: string, kind: ParkKind): BilingualName {
  const place = random.pick(cityFacts(cityCode).places)
  return { nameZh: `${place.zh}${kind.zh}`, nameEn: `${place.en} ${kind.en}` }
}

const alliancePrefix = allianceNaming.prefix

export const overallAllianceName: BilingualName = {
  nameZh: `${alliancePrefix.zh}产业园区联盟`,
  nameEn: `${alliancePrefix.en} Industrial Park Alliance`,
}

export function keyAllianceName(code: KeyIndustryCode): BilingualName {
  const subject = allianceNaming.keySubjects[code]
  return {
    nameZh: `${alliancePrefix.zh}${subject.zh}产业联盟`,
    nameEn: `${alliancePrefix.en} ${subject.en} Industry Alliance`,
  }
}

export function subAllianceName(definition: SubAllianceDefinition): BilingualName {
  return {
    nameZh: `${alliancePrefix.zh}${definition.subject.zh}分联盟`,
    nameEn: `${alliancePrefix.en} ${definition.subject.en} Sub-alliance`,
  }
}

export function firmName(random: Random, cityCode: string, word: IndustryWord): BilingualName {
  const city = cityFacts(cityCode).company
  const trade = tradeName(random)
  const form = random.weightedPick(
    firmNaming.legalForms,
    firmNaming.legalForms.map((candidate) => candidate.weight),
  )
  return {
    nameZh: `${city.zh}${trade.zh}${word.zh}${form.zh}`,
    nameEn: `${city.en} ${trade.en} ${word.en} ${form.en}`,
  }
}

// ---- uniqueness ----

const nameAttemptsMax = 40
const numberedSuffixMax = 100_000

/** Keeps names unique within one table: a few fresh draws, then a numeric suffix on the last draw. */
export function createUniqueNamer() {
  const takenZh = new Set<string>()
  const takenEn = new Set<string>()
  const isFree = (name: BilingualName) => !takenZh.has(name.nameZh) && !takenEn.has(name.nameEn)
  function take<Name extends BilingualName>(name: Name): Name {
    takenZh.add(name.nameZh)
    takenEn.add(name.nameEn)
    return name
  }
  return function unique<Name extends BilingualName>(draw: () => Name): Name {
    let candidate = draw()
    for (let attempt = 1; attempt < nameAttemptsMax && !isFree(candidate); attempt++) candidate = draw()
    if (isFree(candidate)) return take(candidate)
    for (let suffix = 2; suffix <= numberedSuffixMax; suffix++) {
      const numbered = {
        ...candidate,
        nameZh: `${candidate.nameZh}（${suffix}）`,
        nameEn: `${candidate.nameEn} (${suffix})`,
      }
      if (isFree(numbered)) return take(numbered)
    }
    throw new Error(`no free name near ${candidate.nameZh}`)
  }
}
