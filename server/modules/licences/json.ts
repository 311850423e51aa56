// Reading JSON that came from outside (a credential pasted in, a published document): what a value is, without
// trusting its shape. One home for the checks the verifier, the API's answers and `g60 verify` share.
export type JsonObject = Record<string, unknown>

export function isJsonObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

export function textOf(value: unknown): string | null {
  return typeof value === 'string' ? value : null
}

export function objectOf(value: unknown): JsonObject | null {
  return isJsonObject(value) ? value : null
}

/** A language value of VC 2.0 ({ "@value", "@language" }), in the language asked, from a list or one value. */
export function languageValue(value: unknown, language: 'zh' | 'en'): string | null {
  if (typeof value === 'string') return value
  const values = Array.isArray(value) ? value : [value]
  for (const entry of values) {
    if (isJsonObject(entry) && entry['@language'] === language && typeof entry['@value'] === 'string')
      return entry['@value']
  }
  return null
}
