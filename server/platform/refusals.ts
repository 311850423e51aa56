// Rule refusals raised inside database functions (app_refuse(): SQLSTATE G6001, the stable code as
// the message, JSON details as the DETAIL) become the application's coded errors.
import { AppError } from './errors'

/** The SQLSTATE of a refusal raised by app_refuse() in the database functions. */
const refusalState = 'G6001'
const causeDepthMax = 5

/** A refusal's AppError, from its code and its JSON details as the database function raised them. */
export function refusalError(code: string, detailJson: string | null): AppError {
  const details: unknown = detailJson === null ? {} : JSON.parse(detailJson)
  return new AppError(code, typeof details === 'object' && details !== null ? { ...details } : {})
}

function refusalOf(error: unknown): AppError | null {
  let current: unknown = error
  for (let depth = 0; depth < causeDepthMax && typeof current === 'object' && current !== null; depth++) {
    if ('code' in current && current.code === refusalState && 'message' in current) {
      const detail = 'detail' in current && typeof current.detail === 'string' ? current.detail : null
      return refusalError(String(current.message), detail)
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
    throw refusalOf(error) ?? error
  }
}
