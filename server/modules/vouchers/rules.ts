// The voucher rules as pure functions: co-pay split, caps, utilisation gate, eligibility, voucher numbers,
// validity and spot checks (the workflows' tables are in vouchers.workflows.ts). No database, no clock unless one is
// passed in.
import { createHash } from 'node:crypto'
import { shanghaiDateOf } from '../../platform/calendar'
import './vouchers.errors'
import type { EligibilityCriterion } from './vouchers.reference'

// ---- co-pay split (the database function voucher_order_split is the same rule) ----

export interface SplitInput {
  amountFen: number
  voucherShareMaxPercent: number
  fullCoverageBelowFen: number
  availableFen: number
  /** the firm may ask the voucher to pay less than the rule allows; absent: as much as allowed */
  requestedShareFen?: number | null
}

export type SplitRefusal = 'VOUCHER_SHARE_OVER_LIMIT' | 'VOUCHER_BALANCE_INSUFFICIENT' | 'VOUCHER_SHARE_ZERO'

export type SplitResult =
  | { ok: true; voucherShareFen: number; firmCopayFen: number; shareMaxFen: number }
  | { ok: false; refusal: SplitRefusal; shareMaxFen: number }

/** The most a voucher may pay for an order: all of it below the threshold, else the share cap (rounded down). */
export function voucherShareMaxFen(amountFen: number, shareMaxPercent: number, fullCoverageBelowFen: number) {
  if (amountFen < fullCoverageBelowFen) return amountFen
  // BigInt: amount × percent can pass 2^53 for the largest orders.
  return Number((BigInt(amountFen) * BigInt(shareMaxPercent)) / 100n)
}

export function splitOrder(input: SplitInput): SplitResult {
  const shareMaxFen = voucherShareMaxFen(
    input.amountFen,
    input.voucherShareMaxPercent,
    input.fullCoverageBelowFen,
  )
  const requested = input.requestedShareFen ?? null
  if (requested !== null && requested > shareMaxFen) {
    return { ok: false, refusal: 'VOUCHER_SHARE_OVER_LIMIT', shareMaxFen }
  }
  const shareFen = requested ?? Math.min(shareMaxFen, input.availableFen)
  if (input.availableFen <= 0 || shareFen > input.availableFen) {
    return { ok: false, refusal: 'VOUCHER_BALANCE_INSUFFICIENT', shareMaxFen }
  }
  if (shareFen <= 0) return { ok: false, refusal: 'VOUCHER_SHARE_ZERO', shareMaxFen }
  return { ok: true, voucherShareFen: shareFen, firmCopayFen: input.amountFen - shareFen, shareMaxFen }
}

// ---- caps ----

export interface CapsInput {
  amountFen: number
  claimCapFen: number
  firmYearCapFen: number
  firmTotalCapFen: number
  /** approved for this firm under this scheme in the current year (Asia/Shanghai) */
  approvedThisYearFen: number
  /** approved for this firm under this scheme ever */
  approvedTotalFen: number
}

export type CapRefusal = 'CLAIM_OVER_CLAIM_CAP' | 'CLAIM_OVER_YEAR_CAP' | 'CLAIM_OVER_TOTAL_CAP'

/** The first cap an amount would break, with the figures the message needs; null when all hold. */
export function brokenCap(
  input: CapsInput,
): { code: CapRefusal; capFen: number; alreadyFen: number; remainingFen: number } | null {
  if (input.amountFen > input.claimCapFen) {
    return {
      code: 'CLAIM_OVER_CLAIM_CAP',
      capFen: input.claimCapFen,
      alreadyFen: 0,
      remainingFen: input.claimCapFen,
    }
  }
  if (input.approvedThisYearFen + input.amountFen > input.firmYearCapFen) {
    return {
      code: 'CLAIM_OVER_YEAR_CAP',
      capFen: input.firmYearCapFen,
      alreadyFen: input.approvedThisYearFen,
      remainingFen: Math.max(0, input.firmYearCapFen - input.approvedThisYearFen),
    }
  }
  if (input.approvedTotalFen + input.amountFen > input.firmTotalCapFen) {
    return {
      code: 'CLAIM_OVER_TOTAL_CAP',
      capFen: input.firmTotalCapFen,
      alreadyFen: input.approvedTotalFen,
      remainingFen: Math.max(0, input.firmTotalCapFen - input.approvedTotalFen),
    }
  }
  return null
}

// ---- utilisation gate ----

export interface GateInput {
  /** 0: no gate */
  gatePercent: number
  /** the face value of the firm's live vouchers under the scheme */
  heldFen: number
  /** what of it pays for delivered orders (redeemed or awaiting redemption); reserved money is not used */
  usedFen: number
}

/**
 * A firm must have used over gatePercent of what it holds before it claims again; holding nothing passes. Used is
 * delivered, never only reserved: a reservation can be cancelled as soon as the new claim is in.
 */
export function checkUtilisationGate(input: GateInput): { passes: boolean; usedPercent: number } {
  const usedPercent = input.heldFen === 0 ? 0 : Math.floor((input.usedFen * 100) / input.heldFen)
  if (input.gatePercent === 0 || input.heldFen === 0) return { passes: true, usedPercent }
  return { passes: input.usedFen * 100 > input.gatePercent * input.heldFen, usedPercent }
}

// ---- eligibility ----

export interface FirmFacts {
  isTechSme: boolean
  isHighTech: boolean
  parkId: string | null
}

export function isFirmEligible(firm: FirmFacts, criteria: readonly EligibilityCriterion[]): boolean {
  return criteria.some((criterion) => {
    switch (criterion) {
      case 'any_firm':
        return true
      case 'tech_sme':
        return firm.isTechSme
      case 'high_tech':
        return firm.isHighTech
      case 'park_resident':
        return firm.parkId !== null
    }
  })
}

// ---- voucher numbers: SZ-2026-000123-K ----

const checkAlphabet = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ'
const checkModulus = 36
const serialDigitsMin = 6
const voucherNumberPattern = /^([A-Z]{2,5})-(\d{4})-(\d{6,9})-([0-9A-Z])$/

/**
 * ISO/IEC 7064 MOD 37,36 (the hybrid system for letters and digits): catches every single mistyped character
 * and every swap of two neighbouring characters.
 */
export function checkCharacterOf(characters: string): string {
  let product = checkModulus
  for (const character of characters) {
    const value = checkAlphabet.indexOf(character)
    if (value < 0) throw new Error(`${character} cannot be part of a voucher number`)
    const sum = (product + value) % checkModulus || checkModulus
    product = (sum * 2) % (checkModulus + 1)
  }
  const checkValue = (checkModulus + 1 - product) % checkModulus
  return checkAlphabet.charAt(checkValue)
}

/** The city part of a voucher number: the city code without its hyphen (SH-SJ → SHSJ). */
export function voucherNumberPrefix(cityCode: string): string {
  return cityCode.replace(/-/g, '').toUpperCase()
}

export function formatVoucherNumber(cityCode: string, year: number, serial: number): string {
  if (!Number.isInteger(serial) || serial < 1 || serial >= 10 ** 9)
    throw new Error(`bad voucher serial ${serial}`)
  const prefix = voucherNumberPrefix(cityCode)
  const serialText = String(serial).padStart(serialDigitsMin, '0')
  return `${prefix}-${year}-${serialText}-${checkCharacterOf(`${prefix}${year}${serialText}`)}`
}

/**
 * A claim's or order's number as platform_record_number() makes it in the database (SQ-2026-000123-K): the seed
 * numbers its rows with it, and a test proves the two agree.
 */
export function formatRecordNumber(prefix: string, at: Date, serial: number): string {
  if (!/^[A-Z]{2,5}$/.test(prefix)) throw new Error(`bad record number prefix ${prefix}`)
  if (!Number.isInteger(serial) || serial < 1 || serial >= 10 ** 9)
    throw new Error(`bad record serial ${serial}`)
  const year = new Date(at.getTime() + shanghaiOffsetMs).getUTCFullYear()
  const serialText = String(serial).padStart(serialDigitsMin, '0')
  return `${prefix}-${year}-${serialText}-${checkCharacterOf(`${prefix}${year}${serialText}`)}`
}

/** True when the number has the voucher shape and its check character is right (case-insensitive). */
export function isValidVoucherNumber(number: string): boolean {
  const match = voucherNumberPattern.exec(number.trim().toUpperCase())
  if (match === null) return false
  const [, prefix, year, serial, check] = match
  return checkCharacterOf(`${prefix}${year}${serial}`) === check
}

export function normaliseVoucherNumber(number: string): string {
  return number.trim().toUpperCase()
}

// ---- time: dates are Asia/Shanghai (UTC+8 all year, no daylight saving) ----

const shanghaiOffsetMs = 8 * 60 * 60 * 1000
const dayMs = 24 * 60 * 60 * 1000

export function shanghaiYearOf(moment: Date): number {
  return new Date(moment.getTime() + shanghaiOffsetMs).getUTCFullYear()
}

/** [start, end) of a calendar year in Shanghai, as instants. */
export function shanghaiYearBounds(year: number): { start: Date; end: Date } {
  return {
    start: new Date(Date.UTC(year, 0, 1) - shanghaiOffsetMs),
    end: new Date(Date.UTC(year + 1, 0, 1) - shanghaiOffsetMs),
  }
}

export { shanghaiDateOf }

/**
 * A voucher is valid for validityDays whole Shanghai calendar days, the day of issue being the first: it expires
 * at the midnight that ends the last of them.
 */
export function voucherExpiresAt(issuedAt: Date, validityDays: number): Date {
  const local = new Date(issuedAt.getTime() + shanghaiOffsetMs)
  const startOfIssueDayMs =
    Date.UTC(local.getUTCFullYear(), local.getUTCMonth(), local.getUTCDate()) - shanghaiOffsetMs
  return new Date(startOfIssueDayMs + validityDays * dayMs)
}

/** The last day a voucher can be spent (Shanghai date). */
export function voucherValidUntil(expiresAt: Date): string {
  return shanghaiDateOf(new Date(expiresAt.getTime() - 1))
}

// ---- spot checks ----

const drawScale = 2 ** 32

/**
 * The spot-check draw of a redemption: a number in [0, 1) from SHA-256 of the scheme and the redemption id, so
 * that anyone can recompute who was drawn, and nobody can steer it after the claim exists.
 */
export function spotCheckDraw(schemeId: string, redemptionId: string): number {
  const digest = createHash('sha256').update(`${schemeId}:${redemptionId}`).digest()
  return digest.readUInt32BE(0) / drawScale
}

export function isDrawnForSpotCheck(draw: number, spotCheckPercent: number): boolean {
  return draw * 100 < spotCheckPercent
}

/** Invoice numbers compare without case or spaces: "fp 2026-001" and "FP2026-001" are one invoice. */
export function normaliseInvoiceNumber(invoiceNumber: string): string {
  return invoiceNumber.replace(/\s+/g, '').toUpperCase()
}
