// Notifications: written if and only if the change that causes them commits, shown to the audience they address,
// unread first, read per user, resolved with the work, and handed to the outbound channels by a job after commit.
import { sql } from 'drizzle-orm'
import { describe, expect, it } from 'vitest'
import { useTestApp } from '../../testing/app'
import { countOf } from '../../testing/database'
import { expectRefusal, expectStatus, send, type Json } from '../../testing/requests'
import { createJobQueue } from '../jobs'
import {
  createNotificationsService,
  notify,
  resolveTasks,
  type NotificationInput,
  type OutboundMessage,
} from '.'

const testApp = useTestApp()

function task(cityCode: string, entityId: string): NotificationInput {
  return {
    kind: 'task',
    topic: 'test.waiting',
    audience: { role: 'city_officer', cityCode },
    entity: { type: 'test_record', id: entityId },
    title: { zh: '待办', en: 'To do' },
    body: { zh: '测试记录待处理', en: 'A test record waits' },
    link: '/',
  }
}

const count = (entityId: string) =>
  countOf(testApp.database.db, sql`SELECT count(*) AS count FROM notifications WHERE entity_id = ${entityId}`)

async function inboxOf(username: string, filter = 'all'): Promise<Json[]> {
  const cookie = await testApp.signIn(username)
  const page = expectStatus(
    await send(testApp, 'GET', `/api/me/inbox?filter=${filter}&limit=100`, cookie),
    200,
  )
  return page.items as Json[]
}

describe('notifications', () => {
  it('exist if and only if the change that causes them commits, with their delivery job', async () => {
    const db = testApp.database.db
    await expect(
      db.transaction(async (transaction) => {
        await notify(transaction, [task('HF', 'rec_rolled_back')])
        throw new Error('the change failed')
      }),
    ).rejects.toThrow('the change failed')
    expect(await count('rec_rolled_back')).toBe(0)
    const jobsBefore = await countOf(
      db,
      sql`SELECT count(*) AS count FROM jobs WHERE kind = 'platform.notification_deliver'`,
    )
    await db.transaction((transaction) => notify(transaction, [task('HF', 'rec_committed')]))
    expect(await count('rec_committed')).toBe(1)
    expect(
      await countOf(db, sql`SELECT count(*) AS count FROM jobs WHERE kind = 'platform.notification_deliver'`),
    ).toBe(jobsBefore + 1)
  })

  it('reach their audience only, unread first, and are read by each user on their own', async () => {
    await testApp.database.db.transaction((transaction) =>
      notify(transaction, [task('HF', 'rec_hefei_1'), task('HF', 'rec_hefei_2'), task('SZ', 'rec_suzhou')]),
    )
    const hefei = await inboxOf('officer.hf')
    expect(hefei.map((item) => item.entityId)).toEqual(expect.arrayContaining(['rec_hefei_1', 'rec_hefei_2']))
    expect(hefei.map((item) => item.entityId)).not.toContain('rec_suzhou')
    expect((await inboxOf('officer.sh')).map((item) => item.entityId)).not.toContain('rec_hefei_1')
    expect((await inboxOf('firm.hf')).map((item) => item.entityId)).not.toContain('rec_hefei_1')

    const officer = await testApp.signIn('officer.hf')
    const first = hefei.find((item) => item.entityId === 'rec_hefei_1')
    const summaryBefore = expectStatus(await send(testApp, 'GET', '/api/me/inbox/summary', officer), 200)
    const read = expectStatus(
      await send(testApp, 'POST', `/api/me/inbox/${String(first?.id)}/read`, officer, {}),
      200,
    )
    expect(read.unreadCount).toBe(Number(summaryBefore.unreadCount) - 1)
    const after = await inboxOf('officer.hf')
    const firstRead = after.findIndex((item) => item.readAt !== null)
    expect(after.slice(firstRead).every((item) => item.readAt !== null)).toBe(true)
    expect(after.find((item) => item.entityId === 'rec_hefei_1')?.readAt).not.toBeNull()

    const stranger = await testApp.signIn('officer.sh')
    const refused = await send(testApp, 'POST', `/api/me/inbox/${String(first?.id)}/read`, stranger, {})
    expectRefusal(refused, 404, 'NOTIFICATION_NOT_FOUND')
    expectRefusal(await send(testApp, 'GET', '/api/me/inbox'), 401, 'AUTH_REQUIRED')
  })

  it('leave the to-do list when the work is done', async () => {
    await testApp.database.db.transaction((transaction) => notify(transaction, [task('HF', 'rec_done')]))
    expect((await inboxOf('officer.hf', 'tasks')).map((item) => item.entityId)).toContain('rec_done')
    await testApp.database.db.transaction((transaction) =>
      resolveTasks(transaction, { type: 'test_record', id: 'rec_done' }),
    )
    expect((await inboxOf('officer.hf', 'tasks')).map((item) => item.entityId)).not.toContain('rec_done')
  })

  it('reach each user of the audience through the outbound channels, once, after commit', async () => {
    const db = testApp.database.db
    await db.execute(
      sql`UPDATE jobs SET state = 'done' WHERE kind = 'platform.notification_deliver' AND state = 'queued'`,
    )
    await db.transaction((transaction) => notify(transaction, [task('HF', 'rec_sent')]))
    const sent: OutboundMessage[] = []
    const service = createNotificationsService(db, [
      { name: 'capture', send: async (message) => void sent.push(message) },
    ])
    const summary = await createJobQueue(db, { handlers: service.jobHandlers }).runDueJobs({ batchSize: 10 })
    expect(summary).toMatchObject({ doneCount: 1, failedCount: 0 })
    expect(sent.map((message) => message.recipient.username)).toEqual(['officer.hf'])
    expect(sent[0]).toMatchObject({ topic: 'test.waiting', title: { zh: '待办', en: 'To do' } })
    const delivered = await countOf(
      db,
      sql`SELECT count(*) AS count FROM notifications WHERE entity_id = 'rec_sent' AND delivered_at IS NOT NULL`,
    )
    expect(delivered).toBe(1)
  })
})
