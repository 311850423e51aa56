// Failures of API calls as one type: the server's coded error (its message is already in the user's language),
// or a network failure the console words itself.
export class ApiError extends Error {
  override name = 'ApiError'
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly requestId: string | null = null,
    readonly details: Record<string, unknown> = {},
  ) {
    super(message)
  }
}

export const networkErrorCode = 'NETWORK'
export const unreadableErrorCode = 'UNREADABLE_RESPONSE'

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

/** Reads the platform's `{ error: { code, message, requestId, details } }` shape, whatever arrived. */
export function toApiError(body: unknown, response: Response): ApiError {
  const error = isRecord(body) ? body.error : undefined
  if (isRecord(error) && typeof error.code === 'string' && typeof error.message === 'string') {
    return new ApiError(
      response.status,
      error.code,
      error.message,
      typeof error.requestId === 'string' ? error.requestId : null,
      isRecord(error.details) ? error.details : {},
    )
  }
  return new ApiError(response.status, unreadableErrorCode, response.statusText)
}

export function isApiError(error: unknown, status?: number): error is ApiError {
  return error instanceof ApiError && (status === undefined || error.status === status)
}
