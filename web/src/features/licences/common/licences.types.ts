// The shapes of the e-licence API, named from the generated schema so they never drift from the server.
import type { Ok, QueryOf } from '../../../shared/api/schemaTypes'

export type Licence = Ok<'/api/licences', 'get'>['items'][number]
export type LicenceDetail = Ok<'/api/licences/{id}', 'get'>
export type LicenceStatus = Licence['status']
export type LicenceQuery = QueryOf<'/api/licences'>
export type Verification = Ok<'/api/verify', 'post'>
export type Verdict = Verification['verdict']
export type Proof = Verification['proofs'][number]
export type ProofKeyState = Proof['keyState']
export type PublicKey = Ok<'/api/licence-keys', 'get'>['items'][number]
export type KeyState = PublicKey['state']
export type KeySuite = PublicKey['suite']

/** What the issuing city may do to a licence. */
export type LicenceMove = 'suspend' | 'reinstate' | 'revoke'

/** What the verify page checks: a credential (its text, as pasted, uploaded or scanned), or the licence a link names. */
export type VerifyTarget = { kind: 'licence'; id: string } | { kind: 'credential'; text: string }
