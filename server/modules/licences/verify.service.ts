// POST /api/verify: what a person pastes, uploads or scans, read as a credential and checked against the published
// documents. Anything that is not a JSON credential is refused with its own code; a JWT is never trusted, and one
// that says alg "none" is named as such.
import { AppError } from '../../platform/errors'
import { isJsonObject, type JsonObject } from './json'
import { verifyCredential, type PublishedDocuments, type Verification } from './verifier'

const jwtShape = /^[A-Za-z0-9_-]+\.[A-Za-z0-9_-]*\.[A-Za-z0-9_-]*$/

function headerAlgorithm(token: string): string | null {
  try {
    const header: unknown = JSON.parse(Buffer.from(token.split('.')[0] ?? '', 'base64url').toString('utf8'))
    return isJsonObject(header) && typeof header.alg === 'string' ? header.alg : null
  } catch {
    return null
  }
}

/** The credential in what was given: an object, or its JSON text. */
export function credentialOfInput(input: unknown): JsonObject {
  if (isJsonObject(input)) return input
  if (typeof input !== 'string') throw new AppError('CREDENTIAL_MALFORMED', { reason: 'not_object' })
  const text = input.trim()
  if (jwtShape.test(text)) {
    const algorithm = headerAlgorithm(text)
    if (algorithm !== null && algorithm.toLowerCase() === 'none') throw new AppError('CREDENTIAL_ALG_NONE')
    throw new AppError('CREDENTIAL_FORMAT_UNSUPPORTED', { format: 'jwt' })
  }
  let parsed: unknown
  try {
    parsed = JSON.parse(text)
  } catch {
    throw new AppError('CREDENTIAL_MALFORMED', { reason: 'not_json' })
  }
  if (!isJsonObject(parsed)) throw new AppError('CREDENTIAL_MALFORMED', { reason: 'not_object' })
  return parsed
}

export function createVerification(documents: PublishedDocuments, clock: () => Date = () => new Date()) {
  return {
    async verify(input: unknown): Promise<Verification & { checkedAt: Date }> {
      const checkedAt = clock()
      return { ...(await verifyCredential(credentialOfInput(input), documents, checkedAt)), checkedAt }
    },
  }
}

export type VerificationService = ReturnType<typeof createVerification>
