// Work waiting in other modules reaches the inbox of who must act, and leaves it when done: a voucher claim for its
// city's officers, a redemption claim for the holder, then for the issuing city, a booking request for the owner (from
// the booking statement itself), each decision told to the party that asked.
import { describe, expect, it } from 'vitest'
import { useVoucherActors } from '../testing/actors'
import { useTestApp } from '../testing/app'
import { fundedScheme } from '../testing/factories'
import { expectStatus, field, send, type Json } from '../testing/requests'

const testApp = useTestApp()
const actors = useVoucherActors(testApp)

async function inbox(cookie: string, filter: 'all' | 'tasks'): Promise<Json[]> {
  return expectStatus(await send(testApp, 'GET', `/api/me/inbox?filter=${filter}&limit=100`, cookie), 200)
    .items as Json[]
}

const about = (items: Json[], entityId: string) =>
  items.filter((item) => item.entityId === entityId).map((item) => item.topic)

describe('the inbox of other modules’ work', () => {
  it('holds a voucher claim for the officers of its city until decided, then tells the firm', async () => {
    const schemeId = field(await fundedScheme(testApp, actors.officerShanghai, 'SH-SJ'), 'id')
    const claim = expectStatus(
      await send(testApp, 'POST', '/api/voucher-claims', actors.firmShanghai, {
        schemeId,
        requestedAmountFen: 1_000_00,
        purpose: 'Testing services for a new sensor',
      }),
      201,
    )
    const claimId = field(claim, 'id')
    expect(about(await inbox(actors.officerShanghai, 'tasks'), claimId)).toEqual(['voucher_claim.waiting'])
    expect(about(await inbox(actors.officerHefei, 'tasks'), claimId)).toEqual([])
    expectStatus(
      await send(testApp, 'POST', `/api/voucher-claims/${claimId}/approve`, actors.officerShanghai, {}),
      200,
    )
    expect(about(await inbox(actors.officerShanghai, 'tasks'), claimId)).toEqual([])
    expect(about(await inbox(actors.firmShanghai, 'all'), claimId)).toEqual(['voucher_claim.approved'])
  })

  it('holds a booking request for its owner until decided, then tells the booker', async () => {
    const providerId = actors.providerSuzhouId
    const instruments = expectStatus(
      await send(testApp, 'GET', `/api/instruments?provider=${providerId}&limit=50`, actors.firmShanghai),
      200,
    ).items as Json[]
    const instrument = instruments.find(
      (candidate) => (candidate.rules as Json | undefined)?.requiresApproval === true,
    )
    if (instrument === undefined) throw new Error('provider.sz owns no instrument that needs approval')
    const rules = instrument.rules as Json
    const minutes = Math.max(Number(rules.minDurationMinutes), 60)
    // the first slot the calendar offers some weeks ahead: inside the instrument's opening hours
    const from = new Date(Date.now() + 40 * 24 * 3_600_000)
    from.setUTCHours(0, 0, 0, 0)
    const window = new URLSearchParams({
      from: from.toISOString(),
      to: new Date(from.getTime() + 7 * 24 * 3_600_000).toISOString(),
      minutes: String(minutes),
    })
    const availability = expectStatus(
      await send(
        testApp,
        'GET',
        `/api/instruments/${field(instrument, 'id')}/availability?${window}`,
        actors.firmShanghai,
      ),
      200,
    )
    const startsAt = new Date(field(availability, 'firstBookableAt'))
    const booked = await send(testApp, 'POST', '/api/bookings', actors.firmShanghai, {
      instrumentId: field(instrument, 'id'),
      startsAt: startsAt.toISOString(),
      endsAt: new Date(startsAt.getTime() + minutes * 60_000).toISOString(),
      purpose: '样品表征',
      ...(instrument.priceUnit === 'per_sample' ? { sampleCount: 1 } : {}),
    })
    const [booking] = expectStatus(booked, 201).bookings as Json[]
    const bookingId = field(booking ?? {}, 'id')
    expect(about(await inbox(actors.providerSuzhou, 'tasks'), bookingId)).toEqual([
      'instrument_booking.waiting',
    ])
    expectStatus(
      await send(testApp, 'POST', `/api/bookings/${bookingId}/approve`, actors.providerSuzhou, {}),
      200,
    )
    expect(about(await inbox(actors.providerSuzhou, 'tasks'), bookingId)).toEqual([])
    expect(about(await inbox(actors.firmShanghai, 'all'), bookingId)).toEqual(['instrument_booking.approved'])
  })
})
