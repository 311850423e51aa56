// The matcher's reasons arrive as English phrases with the points they earned ("term within range (+13.5)"): each
// known phrase is shown in the user's language, anything else as it came.
import type { ParseKeys, TFunction } from 'i18next'

const phraseKeys: Record<string, ParseKeys<'finance'>> = {
  'amount sits well inside the product range': 'reasons.amountWell',
  'amount within range': 'reasons.amountWithin',
  'lowest rate cap among eligible products': 'reasons.rateLowest',
  'rate cap within the eligible spread': 'reasons.rateSpread',
  'term sits well inside the product range': 'reasons.termWell',
  'term within range': 'reasons.termWithin',
  'score well above the product minimum': 'reasons.scoreWell',
  'score meets the product minimum': 'reasons.scoreMeets',
  'product aimed at this industry or stage': 'reasons.specific',
  'product open to all industries and stages': 'reasons.general',
  'institution approves most referrals': 'reasons.outcomesGood',
  'institution track record average or unknown': 'reasons.outcomesUnknown',
}

const reasonPattern = /^(.*) \(\+(-?[\d.]+)\)$/

export interface Reason {
  text: string
  /** the points the reason earned, when the phrase carries them */
  points: string | null
}

export function readReason(reason: string, t: TFunction<'finance'>): Reason {
  const match = reasonPattern.exec(reason)
  const phrase = match?.[1] ?? reason
  const key = phraseKeys[phrase]
  return { text: key === undefined ? phrase : t(key), points: match?.[2] ?? null }
}
