import { describe, expect, it } from 'vitest'
import { bookingSplit } from '../../instruments/booking/bookingSplit'
import { splitOrder, type CoPayRule } from './coPay'

const halfAboveThousand: CoPayRule = { voucherShareMaxPercent: 50, fullCoverageBelowFen: 100_000 }

describe('the co-pay split of an order', () => {
  it('pays the capped share of an order at or above the threshold, the firm the rest', () => {
    expect(splitOrder(300_000, halfAboveThousand, 1_500_050)).toEqual({
      amountFen: 300_000,
      voucherShareFen: 150_000,
      firmCopayFen: 150_000,
      fullyCovered: false,
      limitedByBalance: false,
    })
    // exactly the threshold is not below it
    expect(splitOrder(100_000, halfAboveThousand, 1_500_050).voucherShareFen).toBe(50_000)
  })

  it('covers an order under the threshold in full', () => {
    expect(splitOrder(80_000, halfAboveThousand, 1_500_050)).toMatchObject({
      voucherShareFen: 80_000,
      firmCopayFen: 0,
      fullyCovered: true,
    })
  })

  it('rounds the share down to the fen, so the firm pays the odd fen', () => {
    const split = splitOrder(300_001, halfAboveThousand, 1_500_050)
    expect(split.voucherShareFen).toBe(150_000)
    expect(split.firmCopayFen).toBe(150_001)
    expect(
      splitOrder(99_999_999, { voucherShareMaxPercent: 33, fullCoverageBelowFen: 0 }, 10 ** 12)
        .voucherShareFen,
    ).toBe(32_999_999)
  })

  it('keeps exact for amounts whose product with the percent passes 2^53', () => {
    const amountFen = 2 ** 53 - 1
    expect(
      splitOrder(amountFen, { voucherShareMaxPercent: 70, fullCoverageBelowFen: 0 }, amountFen)
        .voucherShareFen,
    ).toBe(Number((BigInt(amountFen) * 70n) / 100n))
  })

  it('is limited by the balance, never below zero', () => {
    expect(splitOrder(300_000, halfAboveThousand, 20_000)).toMatchObject({
      voucherShareFen: 20_000,
      firmCopayFen: 280_000,
      limitedByBalance: true,
    })
    expect(splitOrder(300_000, halfAboveThousand, 0).voucherShareFen).toBe(0)
  })
})

describe('the split of a booking, weekly repeats included', () => {
  it('costs the firm all of it without a voucher', () => {
    expect(bookingSplit(45_000, 3, null)).toEqual({
      occurrences: 3,
      amountFen: 135_000,
      voucherShareFen: 0,
      firmCopayFen: 135_000,
      fullyCovered: false,
      limitedByBalance: false,
    })
  })

  it('reserves each repeat’s share from what the earlier ones left', () => {
    const split = bookingSplit(300_000, 3, { rule: halfAboveThousand, availableFen: 400_000 })
    // 150,000 + 150,000 + the 100,000 left
    expect(split).toMatchObject({
      amountFen: 900_000,
      voucherShareFen: 400_000,
      firmCopayFen: 500_000,
      limitedByBalance: true,
    })
  })

  it('covers small bookings in full while the balance lasts', () => {
    expect(bookingSplit(60_000, 2, { rule: halfAboveThousand, availableFen: 1_000_000 })).toMatchObject({
      voucherShareFen: 120_000,
      firmCopayFen: 0,
      fullyCovered: true,
      limitedByBalance: false,
    })
  })
})
