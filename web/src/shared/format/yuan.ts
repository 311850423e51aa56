// Amounts typed in yuan ("20000", "1234.5", "0.05") and sent as integer fen, read from the decimal text itself:
// never through a floating-point multiplication, which would turn 1.15 into 114.99999999999999 fen.

const fenPerYuan = 100
/** up to ¥10,000,000,000 (the largest budget the API accepts), at most two decimals */
const yuanPattern = /^(\d{1,11})(?:\.(\d{1,2}))?$/

/** Integer fen of a typed amount of yuan, or null when the text is not one. */
export function parseYuan(text: string): number | null {
  const match = yuanPattern.exec(text.trim())
  if (match === null) return null
  const [, whole = '0', fraction = ''] = match
  return Number(whole) * fenPerYuan + Number(fraction.padEnd(2, '0'))
}

/** A form's amount that its rules have already accepted; anything else is a bug. */
export function yuanToFen(text: string): number {
  const fen = parseYuan(text)
  if (fen === null) throw new Error(`${text} is not an amount of yuan: the form should have refused it`)
  return fen
}

/** Fen as the text a user would type: 2000000 → "20000", 123456 → "1234.56". */
export function fenToYuanText(amountFen: number): string {
  const yuan = Math.trunc(amountFen / fenPerYuan)
  const fen = amountFen % fenPerYuan
  return fen === 0 ? String(yuan) : `${yuan}.${String(fen).padStart(2, '0')}`
}
