// Violations and the owners' thresholds: a no-show or overbooking is recorded against the booker, and more than an
// owner's limit in its window bars the booker from that owner's instruments.
import type { Database } from '../../db/client'
import { recordAudit } from '../../platform/audit'
import { authorize, type Principal } from '../../platform/authorization'
import { newId } from '../../platform/ids'
import type { BookingRow } from './bookings.repository'
import { instrumentPolicies as policies } from './instruments.policies'
import type { InstrumentsRegistryAccess } from './instruments.service'
import * as repository from './violations.repository'

const violationListMax = 100

interface ViolationsDependencies {
  db: Database
  registry: InstrumentsRegistryAccess
}

export async function recordViolation(
  transaction: Database,
  booking: BookingRow,
  kind: 'no_show' | 'overbooked',
  now: Date,
) {
  await repository.insertViolation(transaction, {
    id: newId('ivio'),
    bookingId: booking.id,
    userId: booking.bookerUserId,
    organisationId: booking.bookerOrganisationId,
    instrumentId: booking.instrumentId,
    providerId: booking.providerId,
    kind,
    occurredAt: now,
  })
}

/** The caller's own record: violations, newest first, and how many fall in the last 12 months. */
export async function violationsOf(
  dependencies: ViolationsDependencies,
  principal: Principal | null,
  now = new Date(),
) {
  const { db } = dependencies
  const actor = authorize(principal, policies.actAsBooker, { userId: principal?.userId ?? null })
  const violations = await repository.listViolationsOf(db, actor.userId, violationListMax)
  const yearAgoMs = now.getTime() - 365 * 24 * 60 * 60 * 1000
  return {
    userId: actor.userId,
    violations,
    countLast12Months: violations.filter((violation) => violation.occurredAt.getTime() > yearAgoMs).length,
  }
}

export async function ownerPolicyOf(dependencies: ViolationsDependencies, providerId: string) {
  const { db, registry } = dependencies
  const stored = await repository.ownerPolicy(db, providerId)
  if (stored !== undefined) return stored
  // the defaults are those of a provider that exists: an unknown id is not found, not given a policy
  await registry.getProvider(providerId)
  return { providerId, violationLimit: 3, violationWindowMonths: 12 }
}

/** An owner's blacklist threshold: more than violationLimit violations in the window bars a booker. */
export async function setOwnerPolicy(
  dependencies: ViolationsDependencies,
  principal: Principal | null,
  providerId: string,
  input: { violationLimit: number; violationWindowMonths: number },
) {
  const { db, registry } = dependencies
  const provider = await registry.getProvider(providerId)
  const actor = authorize(principal, policies.setOwnerPolicy, {
    cityCode: provider.cityCode,
    organisationId: provider.id,
  })
  await db.transaction(async (transaction) => {
    await repository.upsertOwnerPolicy(transaction, { providerId, ...input })
    await recordAudit(transaction, {
      actorUserId: actor.userId,
      action: 'instrument_owner_policy.set',
      entityType: 'provider',
      entityId: providerId,
      cityCode: provider.cityCode,
      details: input,
    })
  })
  return ownerPolicyOf(dependencies, providerId)
}
