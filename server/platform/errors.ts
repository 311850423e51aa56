// Errors that users can cause: a stable code, an HTTP status and a message in Chinese and English.
// The one place where codes meet statuses; modules add their own catalogues with defineErrors().

export type Language = 'zh' | 'en'

export interface ErrorDefinition {
  status: number
  zh: string
  en: string
}

const catalogue = new Map<string, ErrorDefinition>()

/** Registers a module's error codes; a code defined twice is a programmer error. */
export function defineErrors<const Codes extends Record<string, ErrorDefinition>>(definitions: Codes): Codes {
  for (const [code, definition] of Object.entries(definitions)) {
    if (catalogue.has(code)) throw new Error(`error code ${code} is defined twice`)
    if (definition.status < 400 || definition.status > 599)
      throw new Error(`error code ${code} has no 4xx/5xx status`)
    catalogue.set(code, definition)
  }
  return definitions
}

export const platformErrors = defineErrors({
  VALIDATION_FAILED: { status: 400, zh: '请求数据不符合要求', en: 'The request is not valid' },
  MALFORMED_JSON: { status: 400, zh: '请求正文不是有效的 JSON', en: 'The request body is not valid JSON' },
  UNSUPPORTED_MEDIA_TYPE: { status: 415, zh: '不支持的内容类型', en: 'Unsupported content type' },
  PAYLOAD_TOO_LARGE: { status: 413, zh: '请求正文过大', en: 'The request body is too large' },
  AUTH_REQUIRED: { status: 401, zh: '请先登录', en: 'Please sign in' },
  AUTH_INVALID_CREDENTIALS: { status: 401, zh: '用户名或密码错误', en: 'Wrong username or password' },
  AUTH_RATE_LIMITED: {
    status: 429,
    zh: '登录失败次数过多，请稍后再试',
    en: 'Too many failed sign-ins; try again later',
  },
  RATE_LIMITED: {
    status: 429,
    zh: '请求过于频繁，请稍后再试',
    en: 'Too many requests; try again later',
  },
  CROSS_SITE_REQUEST: {
    status: 403,
    zh: '拒绝来自其他网站的请求',
    en: 'Requests from another site are refused',
  },
  AUTH_TOKEN_INVALID: { status: 401, zh: '访问令牌无效或已撤销', en: 'The API token is invalid or revoked' },
  FORBIDDEN: { status: 403, zh: '您无权执行此操作', en: 'You are not allowed to do this' },
  NOT_FOUND: { status: 404, zh: '未找到请求的资源', en: 'Not found' },
  CONFLICT: { status: 409, zh: '数据冲突', en: 'Conflict with existing data' },
  CURSOR_INVALID: { status: 400, zh: '分页游标无效', en: 'The page cursor is not valid' },
  IDEMPOTENCY_KEY_INVALID: {
    status: 400,
    zh: 'Idempotency-Key 须为 1 至 200 个可见字符',
    en: 'Idempotency-Key must be 1 to 200 visible characters',
  },
  IDEMPOTENCY_KEY_REUSED: {
    status: 422,
    zh: '该 Idempotency-Key 已用于另一个请求',
    en: 'This Idempotency-Key was used for a different request',
  },
  IDEMPOTENCY_IN_PROGRESS: {
    status: 409,
    zh: '使用该 Idempotency-Key 的请求仍在处理中',
    en: 'A request with this Idempotency-Key is still being processed',
  },
  USER_EXISTS: { status: 409, zh: '用户名已存在', en: 'The username is taken' },
  USER_NOT_FOUND: { status: 404, zh: '未找到该用户或已停用', en: 'No such user, or the user is disabled' },
  PASSWORD_TOO_WEAK: {
    status: 400,
    zh: '密码至少 10 个字符，且不得使用演示密码',
    en: 'Passwords need 10 characters at least and may not be the demo password',
  },
  SERVER_BUSY: {
    status: 503,
    zh: '服务器繁忙，请稍后重试',
    en: 'The server is busy; try again shortly',
  },
  INTERNAL: { status: 500, zh: '服务器内部错误', en: 'Internal server error' },
})

export class AppError extends Error {
  override name = 'AppError'
  readonly status: number
  constructor(
    readonly code: string,
    readonly details?: Record<string, unknown>,
  ) {
    const definition = catalogue.get(code)
    if (definition === undefined) throw new Error(`error code ${code} is not defined`)
    super(definition.en)
    this.status = definition.status
  }
}

/** The value, or the coded refusal when there is none: a record not found, an insert that met its unique key. */
export function orRefuse<Value>(
  value: Value | undefined,
  code: string,
  details?: Record<string, unknown>,
): Value {
  if (value === undefined) throw new AppError(code, details)
  return value
}

/** Every code registered so far, with its definition. */
export function errorCatalogue(): ReadonlyMap<string, ErrorDefinition> {
  return catalogue
}

export function errorMessage(code: string, language: Language): string {
  const definition = catalogue.get(code)
  if (definition === undefined) return code
  return language === 'zh' ? definition.zh : definition.en
}

/** Chinese first: English only when the caller prefers it. */
export function languageFrom(acceptLanguage: string | undefined): Language {
  if (acceptLanguage === undefined) return 'zh'
  const first = acceptLanguage.split(',')[0]?.trim().toLowerCase() ?? ''
  return first.startsWith('en') ? 'en' : 'zh'
}

/** For what must never happen: a failed assertion is a bug and answers 500. */
export function assert(condition: unknown, message: string): asserts condition {
  if (!condition) throw new Error(`assertion failed: ${message}`)
}
