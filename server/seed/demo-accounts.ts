// The demo accounts the seeder creates (password g60-demo), each acting for an organisation of the generated
// registry where its role has one, named after a synthetic person and that organisation or office.
import type { NewUser } from '../platform/identity/identity.service'
import { demoAccountSummaries, type DemoAccountSummary } from './accounts'
import { demoPeople } from './catalogue'
import type { FirmRow, InstitutionRow, ProviderRow } from '../modules/registry/seed'

export interface DemoAccount extends NewUser {
  isDemo: true
  cityCode: string | null
  organisationId: string | null
}

interface Organisations {
  firms: readonly FirmRow[]
  institutions: readonly InstitutionRow[]
  providers: readonly ProviderRow[]
}

interface Organisation {
  id: string
  nameZh: string
  nameEn: string
}

function demoOrganisation(summary: DemoAccountSummary, data: Organisations): Organisation | null {
  const cityCode = summary.cityCode
  switch (summary.organisationKind) {
    case null:
      return null
    case 'firm': {
      // A typical voucher user: a small tech SME, not one of the leading firms.
      const inCity = data.firms.filter((firm) => firm.cityCode === cityCode)
      const typical = inCity.find(
        (firm) => firm.size === 'small' && firm.isTechSme === true && firm.isLeading !== true,
      )
      return typical ?? inCity[0] ?? null
    }
    case 'provider':
      return (
        data.providers.find(
          (provider) => provider.cityCode === cityCode && provider.admissionStatus === 'active',
        ) ?? null
      )
    case 'bank':
      return (
        data.institutions.find(
          (institution) => institution.cityCode === cityCode && institution.kind === 'bank',
        ) ?? null
      )
  }
}

export function generateDemoAccounts(data: Organisations): DemoAccount[] {
  return demoAccountSummaries.map((summary) => {
    const people = demoPeople[summary.username]
    if (people === undefined) throw new Error(`no demo person for ${summary.username}`)
    const organisation = demoOrganisation(summary, data)
    if (summary.organisationKind !== null && organisation === null) {
      throw new Error(
        `no ${summary.organisationKind} in ${summary.cityCode} for demo account ${summary.username}`,
      )
    }
    const affiliation =
      organisation !== null ? { zh: organisation.nameZh, en: organisation.nameEn } : people.office
    return {
      username: summary.username,
      password: 'g60-demo',
      displayNameZh: affiliation ? `${people.person.zh}（${affiliation.zh}）` : people.person.zh,
      displayNameEn: affiliation ? `${people.person.en} (${affiliation.en})` : people.person.en,
      role: summary.role,
      cityCode: summary.cityCode,
      organisationId: organisation?.id ?? null,
      isDemo: true,
    }
  })
}

/** The organisation id of each demo account that has one, by username. */
export function demoOrganisationsOf(accounts: readonly DemoAccount[]): Map<string, string> {
  return new Map(
    accounts.flatMap((account) =>
      account.organisationId !== null ? [[account.username, account.organisationId] as const] : [],
    ),
  )
}
