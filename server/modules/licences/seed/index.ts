// The licences module's seed: every approved firm case of the demo year ends in its licence, issued as the decision
// would have issued it (signed by the competent city, dual-signed where the city does), in decision order. The
// story around them: Hangzhou rotates its signing key after firm.sh's production licence, so that licence stays
// valid under a retired key; a few licences are suspended or revoked afterwards, firm.sh's Suzhou food licence
// (suspended) and firm.hf's Wuhu chemicals licence (revoked) among them.
import type { Database } from '../../../db/client'
import type { SeedProgress } from '../../../seed/batches'
import { createKeyVault } from '../crypto/key-vault'
import { createPublishedDocuments } from '../documents.service'
import { createKeyring, createKeys } from '../keys.service'
import { createLicenceIssuing } from '../licence-issue.service'
import { createLicenceMoves } from '../licence-moves.service'
import type { LicenceGrant } from '../licences.service'
import { backdateKeys } from '../licences.repository'
import { createStatusLists } from '../status-lists.service'

export interface LicenceSeedOptions {
  publicOrigin: string
  keySecret: string
}

/** What happens to the issued licences, by the case that issued each. */
export interface LicenceStory {
  /** the issuer's Ed25519 key is rotated right after this case's licence is issued */
  rotateAfter: { caseId: string; issuerCode: string } | null
  suspend: readonly { caseId: string; reason: string }[]
  revoke: readonly { caseId: string; reason: string }[]
}

export interface LicenceSeedSummary {
  licences: number
  licencesSuspended: number
  licencesRevoked: number
}

const dayMs = 24 * 60 * 60 * 1000
/** a suspension or revocation comes this long after the licence's issue (but before the demo year ends) */
const changeAfterDays = 9

/** A seeded licence's id, made from its case's: the same seed gives the same rows. */
export function seededLicenceId(caseId: string): string {
  return `lic_${caseId.slice(caseId.indexOf('_') + 1)}`
}

export async function insertLicenceData(
  transaction: Database,
  grants: readonly LicenceGrant[],
  story: LicenceStory,
  options: LicenceSeedOptions & { endsAt: Date },
  onProgress?: SeedProgress,
): Promise<LicenceSeedSummary> {
  const origin = options.publicOrigin
  const documents = createPublishedDocuments(transaction, { origin, ttlMs: 0 })
  const keyring = createKeyring({ origin, vault: createKeyVault(options.keySecret) })
  const statusLists = createStatusLists(keyring, origin)
  const keys = createKeys(transaction, documents, keyring, statusLists.republish)
  const issuing = createLicenceIssuing(keyring, { origin })
  const moves = createLicenceMoves(transaction, statusLists, documents)
  const ordered = [...grants].sort((left, right) => left.at.getTime() - right.at.getTime())
  // the issuers' first keys date from before the first licence they sign
  const keysMadeAt = new Date((ordered[0]?.at ?? options.endsAt).getTime() - dayMs)
  await keys.ensureIssuers(transaction, keysMadeAt)
  await backdateKeys(transaction, keysMadeAt)
  await statusLists.ensure(transaction)
  for (const [position, grant] of ordered.entries()) {
    await issuing.issue(transaction, { ...grant, licenceId: seededLicenceId(grant.caseId) })
    if (story.rotateAfter?.caseId === grant.caseId) {
      await keys.rotate(
        story.rotateAfter.issuerCode,
        'ed25519',
        'system',
        new Date(grant.at.getTime() + 1000),
      )
    }
    if (position % 100 === 0) onProgress?.('licences', position, ordered.length)
  }
  const atOf = (caseId: string) => {
    const grant = ordered.find((candidate) => candidate.caseId === caseId)
    if (grant === undefined) throw new Error(`no licence is issued for case ${caseId}`)
    return new Date(Math.min(grant.at.getTime() + changeAfterDays * dayMs, options.endsAt.getTime() - dayMs))
  }
  const changes = [
    ...story.suspend.map((change) => ({ ...change, action: 'suspend' as const, to: 'suspended' as const })),
    ...story.revoke.map((change) => ({ ...change, action: 'revoke' as const, to: 'revoked' as const })),
  ]
  for (const { caseId, reason, action, to } of changes) {
    await moves.recordPastMove(transaction, seededLicenceId(caseId), { action, to, reason, at: atOf(caseId) })
  }
  onProgress?.('licences', ordered.length, ordered.length)
  return {
    licences: ordered.length,
    licencesSuspended: story.suspend.length,
    licencesRevoked: story.revoke.length,
  }
}

const reasons = {
  suspend: [
    '食品安全监督抽检不合格，责令限期整改 · failed a food safety sampling; to be remedied',
    '经营场所与登记不符，核查期间暂停 · premises differ from the register; suspended while checked',
  ],
  revoke: [
    '以隐瞒真实情况方式取得许可 · obtained by concealing material facts',
    '企业申请注销该许可 · surrendered at the holder’s request',
  ],
}

/**
 * The demo story by case: Hangzhou rotates after firm.sh's production licence, firm.sh's Suzhou food licence is
 * suspended and firm.hf's Wuhu chemicals licence revoked, and two synthetic firms' licences of each.
 */
export function licenceStoryOf(
  grants: readonly LicenceGrant[],
  demoOrganisations: ReadonlyMap<string, string>,
): LicenceStory {
  const caseOf = (username: string, itemCode: string) =>
    grants.find((grant) => grant.firmId === demoOrganisations.get(username) && grant.itemCode === itemCode)
      ?.caseId
  const demoFirms = new Set(demoOrganisations.values())
  const synthetic = grants.filter((grant) => !demoFirms.has(grant.firmId))
  const pick = (positions: readonly number[]) =>
    positions.flatMap((position) => {
      const grant = synthetic[position % Math.max(synthetic.length, 1)]
      return grant === undefined ? [] : [grant.caseId]
    })
  const rotated = caseOf('firm.sh', 'G60-HZ-AMR-004')
  const suspended = [caseOf('firm.sh', 'G60-SZ-AMR-005'), ...pick([7, 23])]
  const revoked = [caseOf('firm.hf', 'G60-WH-EM-001'), ...pick([11, 31])]
  const told = (caseIds: readonly (string | undefined)[], texts: readonly string[]) =>
    caseIds.flatMap((caseId, position) =>
      caseId === undefined ? [] : [{ caseId, reason: texts[position % texts.length] ?? '' }],
    )
  return {
    rotateAfter: rotated === undefined ? null : { caseId: rotated, issuerCode: 'HZ' },
    suspend: told(suspended, reasons.suspend),
    revoke: told(revoked, reasons.revoke),
  }
}
