// Amounts in words for people: integer fen shown as yuan with thousands separators. Formatters are built once,
// because toLocaleString builds a new one on every call and that dominated rankings and the inbox seed.
const yuanFormats = new Map(
  [0, 2].map((digits) => [
    digits,
    new Intl.NumberFormat('en-US', { minimumFractionDigits: digits, maximumFractionDigits: 2 }),
  ]),
)

/** `¥1,234.5` for 123450 fen with `minimumDigits` 0, `¥1,234.50` with 2. */
export function formatYuan(amountFen: number, minimumDigits: 0 | 2 = 2): string {
  const format = yuanFormats.get(minimumDigits)
  if (format === undefined) throw new Error(`no yuan format with ${minimumDigits} digits`)
  return `¥${format.format(amountFen / 100)}`
}
