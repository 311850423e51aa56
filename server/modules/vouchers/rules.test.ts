import { describe, expect, it } from 'vitest'
import { AppError } from '../../platform/errors'
import {
  brokenCap,
  checkCharacterOf,
  checkUtilisationGate,
  formatVoucherNumber,
  isFirmEligible,
  isValidVoucherNumber,
  shanghaiYearBounds,
  shanghaiYearOf,
  splitOrder,
  voucherExpiresAt,
  voucherShareMaxFen,
  voucherValidUntil,
  isDrawnForSpotCheck,
  normaliseInvoiceNumber,
  spotCheckDraw,
} from './rules'
import { claimStatuses, orderStatuses, redemptionStatuses } from './vouchers.reference'
import { claimWorkflow, orderWorkflow, redemptionWorkflow } from './vouchers.workflows'

function codeOf(work: () => unknown): string | undefined {
  try {
    work()
  } catch (error) {
    if (error instanceof AppError) return error.code
    throw error
  }
  return undefined
}

describe('co-pay split', () => {
  const rule = { voucherShareMaxPercent: 50, fullCoverageBelowFen: 0, availableFen: 1_000_000 }

  it('lets the voucher pay at most its share of an order and the firm the rest', () => {
    expect(splitOrder({ ...rule, amountFen: 10_000_00 })).toEqual({
      ok: true,
      voucherShareFen: 5_000_00,
      firmCopayFen: 5_000_00,
      shareMaxFen: 5_000_00,
    })
  })

  it('rounds the voucher share down to the fen, never in the voucher’s favour', () => {
    expect(splitOrder({ ...rule, voucherShareMaxPercent: 33, amountFen: 999 })).toMatchObject({
      voucherShareFen: 329,
      firmCopayFen: 670,
    })
  })

  it('covers an order priced below the threshold in full, and applies the share cap from the threshold on', () => {
    const threshold = { ...rule, fullCoverageBelowFen: 2_000_00 }
    expect(splitOrder({ ...threshold, amountFen: 1_999_99 })).toMatchObject({
      voucherShareFen: 1_999_99,
      firmCopayFen: 0,
    })
    expect(splitOrder({ ...threshold, amountFen: 2_000_00 })).toMatchObject({
      voucherShareFen: 1_000_00,
      firmCopayFen: 1_000_00,
    })
  })

  it('pays what the balance allows when it holds less than the share cap', () => {
    expect(splitOrder({ ...rule, availableFen: 1_234, amountFen: 10_000_00 })).toMatchObject({
      voucherShareFen: 1_234,
      firmCopayFen: 10_000_00 - 1_234,
    })
  })

  it('takes a smaller share when the firm asks for one, and refuses a larger one', () => {
    expect(splitOrder({ ...rule, amountFen: 10_000_00, requestedShareFen: 1_00 })).toMatchObject({
      voucherShareFen: 1_00,
      firmCopayFen: 9_999_00,
    })
    expect(splitOrder({ ...rule, amountFen: 10_000_00, requestedShareFen: 5_000_01 })).toMatchObject({
      ok: false,
      refusal: 'VOUCHER_SHARE_OVER_LIMIT',
    })
  })

  it('refuses over the balance, on an empty voucher, and when the rule leaves the voucher nothing to pay', () => {
    expect(
      splitOrder({ ...rule, availableFen: 100, amountFen: 10_000, requestedShareFen: 101 }),
    ).toMatchObject({
      refusal: 'VOUCHER_BALANCE_INSUFFICIENT',
    })
    expect(splitOrder({ ...rule, availableFen: 0, amountFen: 10_000 })).toMatchObject({
      refusal: 'VOUCHER_BALANCE_INSUFFICIENT',
    })
    expect(splitOrder({ ...rule, amountFen: 1 })).toMatchObject({ refusal: 'VOUCHER_SHARE_ZERO' })
  })

  it('keeps whole fen exact for the largest orders (beyond 2^53 in the intermediate product)', () => {
    const amountFen = 9_007_199_254_740 // about ¥90 billion, × 99 passes 2^53
    expect(voucherShareMaxFen(amountFen, 99, 0)).toBe(Number((BigInt(amountFen) * 99n) / 100n))
  })
})

describe('caps', () => {
  const caps = { claimCapFen: 20_000_00, firmYearCapFen: 100_000_00, firmTotalCapFen: 300_000_00 }

  it('passes an amount within every cap, up to and including each cap', () => {
    expect(
      brokenCap({ ...caps, amountFen: 20_000_00, approvedThisYearFen: 80_000_00, approvedTotalFen: 0 }),
    ).toBe(null)
  })

  it('names the cap per claim, then per firm per year, then per firm in total', () => {
    expect(
      brokenCap({ ...caps, amountFen: 20_000_01, approvedThisYearFen: 0, approvedTotalFen: 0 })?.code,
    ).toBe('CLAIM_OVER_CLAIM_CAP')
    expect(
      brokenCap({
        ...caps,
        amountFen: 20_000_00,
        approvedThisYearFen: 80_000_01,
        approvedTotalFen: 80_000_01,
      }),
    ).toMatchObject({ code: 'CLAIM_OVER_YEAR_CAP', remainingFen: 19_999_99 })
    expect(
      brokenCap({ ...caps, amountFen: 20_000_00, approvedThisYearFen: 0, approvedTotalFen: 290_000_00 }),
    ).toMatchObject({ code: 'CLAIM_OVER_TOTAL_CAP', remainingFen: 10_000_00 })
  })
})

describe('utilisation gate', () => {
  it('lets a firm that holds nothing, or a scheme without a gate, claim', () => {
    expect(checkUtilisationGate({ gatePercent: 80, heldFen: 0, usedFen: 0 }).passes).toBe(true)
    expect(checkUtilisationGate({ gatePercent: 0, heldFen: 100, usedFen: 0 }).passes).toBe(true)
  })

  it('asks for use over the gate: exactly 80% is not enough, 80.01% is', () => {
    expect(checkUtilisationGate({ gatePercent: 80, heldFen: 10_000, usedFen: 8_000 })).toEqual({
      passes: false,
      usedPercent: 80,
    })
    expect(checkUtilisationGate({ gatePercent: 80, heldFen: 10_000, usedFen: 8_001 }).passes).toBe(true)
  })
})

describe('eligibility', () => {
  const firm = { isTechSme: true, isHighTech: false, parkId: null }

  it('qualifies a firm meeting any listed criterion', () => {
    expect(isFirmEligible(firm, ['high_tech', 'tech_sme'])).toBe(true)
    expect(isFirmEligible(firm, ['any_firm'])).toBe(true)
    expect(isFirmEligible({ ...firm, parkId: 'park_x' }, ['park_resident'])).toBe(true)
  })

  it('refuses a firm meeting none', () => {
    expect(isFirmEligible(firm, ['high_tech', 'park_resident'])).toBe(false)
  })
})

describe('voucher numbers', () => {
  it('reads as city, year, serial and a check character', () => {
    const number = formatVoucherNumber('SZ', 2026, 123)
    expect(number).toMatch(/^SZ-2026-000123-[0-9A-Z]$/)
    expect(isValidVoucherNumber(number)).toBe(true)
    expect(isValidVoucherNumber(number.toLowerCase())).toBe(true)
    expect(formatVoucherNumber('SH-SJ', 2026, 1)).toMatch(/^SHSJ-2026-000001-[0-9A-Z]$/)
    expect(formatVoucherNumber('HF', 2027, 1_234_567)).toMatch(/^HF-2027-1234567-[0-9A-Z]$/)
  })

  it('refuses a wrong shape', () => {
    for (const bad of [
      '',
      'SZ-2026-123-K',
      'SZ-26-000123-K',
      'SZ2026000123K',
      'S-2026-000123-K',
      'SZ-2026-000123-KK',
    ]) {
      expect(isValidVoucherNumber(bad)).toBe(false)
    }
  })

  it('catches every single mistyped character and every swap of neighbouring characters', () => {
    const alphabet = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ'
    for (const [city, year, serial] of [
      ['SZ', 2026, 123],
      ['SHSJ', 2026, 1],
      ['HUZ', 2031, 987_654],
    ] as const) {
      const body = `${city}${year}${String(serial).padStart(6, '0')}`
      const check = checkCharacterOf(body)
      for (let position = 0; position < body.length; position++) {
        for (const replacement of alphabet) {
          if (replacement === body[position]) continue
          const typo = `${body.slice(0, position)}${replacement}${body.slice(position + 1)}`
          expect(checkCharacterOf(typo), `${typo}`).not.toBe(check)
        }
        const next = body[position + 1]
        const current = body[position]
        if (next !== undefined && current !== undefined && next !== current) {
          const swapped = `${body.slice(0, position)}${next}${current}${body.slice(position + 2)}`
          expect(checkCharacterOf(swapped), `${swapped}`).not.toBe(check)
        }
      }
    }
  })
})

describe('validity and years in Asia/Shanghai', () => {
  it('counts the day of issue as the first valid day and expires at the midnight ending the last', () => {
    const issuedAt = new Date('2026-03-05T02:00:00Z') // 10:00 in Shanghai on 5 March
    expect(voucherExpiresAt(issuedAt, 1).toISOString()).toBe('2026-03-05T16:00:00.000Z')
    expect(voucherValidUntil(voucherExpiresAt(issuedAt, 1))).toBe('2026-03-05')
    expect(voucherValidUntil(voucherExpiresAt(issuedAt, 365))).toBe('2027-03-04')
    // 01:00 on 6 March in Shanghai is still 5 March in UTC: the Shanghai date counts
    const earlyMorning = new Date('2026-03-05T17:00:00Z')
    expect(voucherValidUntil(voucherExpiresAt(earlyMorning, 1))).toBe('2026-03-06')
  })

  it('places the turn of the year at midnight in Shanghai', () => {
    expect(shanghaiYearOf(new Date('2026-12-31T15:59:59Z'))).toBe(2026)
    expect(shanghaiYearOf(new Date('2026-12-31T16:00:00Z'))).toBe(2027)
    expect(shanghaiYearBounds(2027).start.toISOString()).toBe('2026-12-31T16:00:00.000Z')
    expect(shanghaiYearBounds(2027).end.toISOString()).toBe('2027-12-31T16:00:00.000Z')
  })
})

describe('workflows', () => {
  it('list every status in their tables, with the end states leading nowhere', () => {
    expect([...claimWorkflow.states].sort()).toEqual([...claimStatuses].sort())
    expect([...orderWorkflow.states].sort()).toEqual([...orderStatuses].sort())
    expect([...redemptionWorkflow.states].sort()).toEqual([...redemptionStatuses].sort())
    for (const end of ['approved', 'rejected']) expect(claimWorkflow.actionsFrom(end)).toEqual([])
    for (const end of ['cancelled', 'redeemed']) expect(orderWorkflow.actionsFrom(end)).toEqual([])
    expect(orderWorkflow.actionsFrom('delivered')).toEqual(['redeem'])
    for (const end of ['approved', 'rejected']) expect(redemptionWorkflow.actionsFrom(end)).toEqual([])
  })

  it('let a redemption claim be confirmed, then decided once', () => {
    expect(redemptionWorkflow.moveFrom('awaiting_confirmation', 'confirm')).toBe('submitted')
    expect(redemptionWorkflow.moveFrom('submitted', 'approve')).toBe('approved')
    expect(redemptionWorkflow.moveFrom('submitted', 'fail_spot_check')).toBe('rejected')
    expect(codeOf(() => redemptionWorkflow.moveFrom('approved', 'reject'))).toBe(
      'REDEMPTION_TRANSITION_INVALID',
    )
    expect(codeOf(() => redemptionWorkflow.moveFrom('unknown', 'confirm'))).toBe(
      'REDEMPTION_TRANSITION_INVALID',
    )
    expect(codeOf(() => redemptionWorkflow.moveFrom('approved', 'pass_spot_check'))).toBe(
      'REDEMPTION_NOT_DRAWN_FOR_SPOT_CHECK',
    )
  })

  it('allow a submitted claim to be approved or rejected, once', () => {
    expect(claimWorkflow.moveFrom('submitted', 'approve')).toBe('approved')
    expect(claimWorkflow.moveFrom('submitted', 'reject')).toBe('rejected')
    for (const from of ['approved', 'rejected', 'unknown']) {
      expect(codeOf(() => claimWorkflow.moveFrom(from, 'approve'))).toBe('CLAIM_TRANSITION_INVALID')
    }
  })

  it('allow a reserved order to be cancelled or delivered, and nothing after', () => {
    expect(orderWorkflow.moveFrom('reserved', 'cancel')).toBe('cancelled')
    expect(orderWorkflow.moveFrom('reserved', 'deliver')).toBe('delivered')
    expect(codeOf(() => orderWorkflow.moveFrom('cancelled', 'cancel'))).toBe('ORDER_TRANSITION_INVALID')
    expect(codeOf(() => orderWorkflow.moveFrom('delivered', 'cancel'))).toBe('ORDER_TRANSITION_INVALID')
  })
})

describe('spot checks', () => {
  it('draw the same number for the same claim, in [0, 1)', () => {
    const draw = spotCheckDraw('vsch_1', 'rdmp_1')
    expect(spotCheckDraw('vsch_1', 'rdmp_1')).toBe(draw)
    expect(spotCheckDraw('vsch_1', 'rdmp_2')).not.toBe(draw)
    expect(draw).toBeGreaterThanOrEqual(0)
    expect(draw).toBeLessThan(1)
  })

  it('select close to the configured share of many claims, and none at 0 % and all at 100 %', () => {
    const draws = Array.from({ length: 2000 }, (_, index) => spotCheckDraw('vsch_share', `rdmp_${index}`))
    const selected = draws.filter((draw) => isDrawnForSpotCheck(draw, 10)).length
    expect(selected).toBeGreaterThan(150)
    expect(selected).toBeLessThan(250)
    expect(draws.some((draw) => isDrawnForSpotCheck(draw, 0))).toBe(false)
    expect(draws.every((draw) => isDrawnForSpotCheck(draw, 100))).toBe(true)
  })

  it('compare invoice numbers without case or spaces', () => {
    expect(normaliseInvoiceNumber(' fp 2026-001 ')).toBe('FP2026-001')
  })
})
