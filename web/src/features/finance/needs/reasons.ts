// The matcher's reasons arrive as English phrases with the points they earned ("term within range (+13.5)"): each
// known phrase is shown in the user's language, anything else as it came.
import type { ParseKeys, TFunction } from 'i18next'

const phraseKeys: Record<string, ParseKeys> = {
  'amount sits well inside the product range': 'finance.reasons.amountWell',
  'amount within range': 'finance.reasons.amountWithin',
  'lowest rate cap among eligible products': 'finance.reasons.rateLowest',
  'rate cap within the eligible spread': 'finance.reasons.rateSpread',
  'term sits well inside the product range': 'finance.reasons.termWell',
  'term within range': 'finance.reasons.termWithin',
  'score well above the product minimum': 'finance.reasons.scoreWell',
  'score meets the product minimum': 'finance.reasons.scoreMeets',
  'product aimed at this industry or stage': 'finance.reasons.specific',
  'product open to all industries and stages': 'finance.reasons.general',
  'institution approves most referrals': 'finance.reasons.outcomesGood',
  'institution track record average or unknown': 'finance.reasons.outcomesUnknown',
}

const reasonPattern = /^(.*) \(\+(-?[\d.]+)\)$/

export interface Reason {
  text: string
  /** the points the reason earned, when the phrase carries them */
  points: string | null
}

export function readReason(reason: string, t: TFunction): Reason {
  const match = reasonPattern.exec(reason)
  const phrase = match?.[1] ?? reason
  const key = phraseKeys[phrase]
  return { text: key === undefined ? phrase : t(key), points: match?.[2] ?? null }
}
