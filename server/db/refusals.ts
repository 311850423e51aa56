// Rule refusals raised inside database functions (voucher_refuse, app_refuse: SQLSTATE G6001, the stable code as
// the message, JSON details as the DETAIL) become the application's coded errors.
import { AppError } from '../platform/errors'

/** The SQLSTATE of a refusal raised by voucher_refuse() in the database functions. */
const refusalState = 'G6001'
const causeDepthMax = 5

function refusalOf(error: unknown): { code: string; details: Record<string, unknown> } | null {
  let current: unknown = error
  for (let depth = 0; depth < causeDepthMax && typeof current === 'object' && current !== null; depth++) {
    if ('code' in current && current.code === refusalState && 'message' in current) {
      const code = String(current.message)
      let details: Record<string, unknown> = {}
      if ('detail' in current && typeof current.detail === 'string') {
        const parsed: unknown = JSON.parse(current.detail)
        if (typeof parsed === 'object' && parsed !== null) details = { ...parsed }
      }
      return { code, details }
    }
    current = 'cause' in current ? current.cause : undefined
  }
  return null
}

/** Runs a statement that may raise a rule refusal in the database, and turns the refusal into its AppError. */
export async function withRefusals<Result>(work: Promise<Result>): Promise<Result> {
  try {
    return await work
  } catch (error) {
    const refusal = refusalOf(error)
    if (refusal !== null) throw new AppError(refusal.code, refusal.details)
    throw error
  }
}
