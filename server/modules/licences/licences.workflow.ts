// A licence's moves after issue: the issuing city's officers suspend it (and reinstate it) or revoke it for good,
// each with its reason. The status list bit changes in the same transaction.
import { defineWorkflow, type Grant } from '../../platform/workflow'
import { lockLicence, type LicenceRow } from './licences.repository'
import { licenceStatuses, type LicenceStatus } from './licences.states'

const issuingCity: Grant<LicenceRow> = {
  policy: { city_officer: 'own_city' },
  scope: (found) => ({ cityCode: found.issuerCode }),
}

export const licenceWorkflow = defineWorkflow<LicenceStatus, LicenceRow>({
  recordType: 'licence',
  states: licenceStatuses,
  invalidCode: 'LICENCE_TRANSITION_INVALID',
  notFoundCode: 'LICENCE_NOT_FOUND',
  notFoundDetail: 'licenceId',
  transitions: [
    { action: 'suspend', from: ['active'], to: 'suspended', allowed: [issuingCity] },
    { action: 'reinstate', from: ['suspended'], to: 'active', allowed: [issuingCity] },
    { action: 'revoke', from: ['active', 'suspended'], to: 'revoked', allowed: [issuingCity] },
  ],
  lock: lockLicence,
  stateOf: (found) => found.status,
  cityOf: (found) => found.issuerCode,
})

export type LicenceAction = 'suspend' | 'reinstate' | 'revoke'
