// The demo accounts of the seeded corridor, signed in: the actors of the voucher, instrument and redemption tests, and
// a further user the corridor office creates when a test needs a second one of a role.
import { beforeAll } from 'vitest'
import type { TestApp } from './app'
import { expectStatus, field, send, type Json } from './requests'

/** A firm and an officer of its city: who claims a voucher and who approves the claim. */
export interface VoucherClaimants {
  cityCode: string
  firm: string
  officer: string
}

export interface VoucherActors {
  office: string
  officerShanghai: string
  officerHefei: string
  firmShanghai: string
  firmHefei: string
  providerSuzhou: string
  bank: string
  firmShanghaiId: string
  firmHefeiId: string
  providerSuzhouId: string
  /** the Songjiang demo firm and officer */
  shanghai: VoucherClaimants
  /** the Hefei demo firm and officer */
  hefei: VoucherClaimants
}

export async function signInActors(testApp: TestApp): Promise<VoucherActors> {
  const [office, officerShanghai, officerHefei, firmShanghai, firmHefei, providerSuzhou, bank] =
    await Promise.all(
      ['office', 'officer.sh', 'officer.hf', 'firm.sh', 'firm.hf', 'provider.sz', 'bank.hz'].map((username) =>
        testApp.signIn(username),
      ),
    )
  if (
    office === undefined ||
    officerShanghai === undefined ||
    officerHefei === undefined ||
    firmShanghai === undefined ||
    firmHefei === undefined ||
    providerSuzhou === undefined ||
    bank === undefined
  ) {
    throw new Error('a demo account did not sign in')
  }
  const organisationOf = async (cookie: string) =>
    field(expectStatus(await send(testApp, 'GET', '/api/me', cookie), 200), 'organisationId')
  return {
    office,
    officerShanghai,
    officerHefei,
    firmShanghai,
    firmHefei,
    providerSuzhou,
    bank,
    firmShanghaiId: await organisationOf(firmShanghai),
    firmHefeiId: await organisationOf(firmHefei),
    providerSuzhouId: await organisationOf(providerSuzhou),
    shanghai: { cityCode: 'SH-SJ', firm: firmShanghai, officer: officerShanghai },
    hefei: { cityCode: 'HF', firm: firmHefei, officer: officerHefei },
  }
}

/** The demo actors of signInActors, signed in before the tests of the file (or describe block) that names them. */
export function useVoucherActors(testApp: TestApp): VoucherActors {
  const actors: VoucherActors = {
    office: '',
    officerShanghai: '',
    officerHefei: '',
    firmShanghai: '',
    firmHefei: '',
    providerSuzhou: '',
    bank: '',
    firmShanghaiId: '',
    firmHefeiId: '',
    providerSuzhouId: '',
    shanghai: { cityCode: 'SH-SJ', firm: '', officer: '' },
    hefei: { cityCode: 'HF', firm: '', officer: '' },
  }
  beforeAll(async () => {
    Object.assign(actors, await signInActors(testApp))
  })
  return actors
}

/** A user the corridor office creates (another owner, another bank), signed in: its cookie header. */
export async function signedInNewUser(
  testApp: TestApp,
  officeCookie: string,
  user: Json & { username: string; password: string },
): Promise<string> {
  expectStatus(await send(testApp, 'POST', '/api/users', officeCookie, user), 201)
  return testApp.signIn(user.username, user.password)
}
