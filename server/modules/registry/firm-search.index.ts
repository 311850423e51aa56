// Keeps the in-memory firm search picture (firm-search.snapshot.ts) fresh enough to trust:
// - a firm written in this process drops the picture at once, so this process reads its own writes;
// - a write anywhere else raises the firms generation (a statement trigger, migration 0016), which is read at most
//   once per refreshMs while searches come, so another process's write shows within about refreshMs;
// - until a picture is loaded, or while it is dropped, search asks the database as before.
// Loads and checks run in the background, one at a time; a search never waits for one.
import type { Database } from '../../db/client'
import type { FirmFilter } from './organisations.repository'
import * as repository from './organisations.repository'
import { buildFirmSearchSnapshot, findFirmIds, type FirmSearchSnapshot } from './firm-search.snapshot'

export interface FirmSearchIndex {
  /** A page's ids from the picture, or undefined when there is no picture to trust (ask the database). */
  findIds(filter: FirmFilter, after: string | null, count: number): string[] | undefined
  /** A firm was written in this process, or the picture was found wrong: drop it and load it again. */
  markStale(): void
  /** Resolves when no load or check is running: for tests and shutdown. */
  settled(): Promise<void>
  status(): { entries: number; generation: number | null; loadFailures: number }
}

export function createFirmSearchIndex(db: Database, options: { refreshMs: number }): FirmSearchIndex {
  let snapshot: FirmSearchSnapshot | undefined
  let generation: number | null = null
  let checkedAtMs = 0
  let running: Promise<void> | undefined
  /** Raised by every markStale, so a load that began before a local write is not trusted after it. */
  let localWrites = 0
  let loadFailures = 0

  function inBackground(work: () => Promise<void>) {
    if (running !== undefined) return
    running = work()
      .catch(() => {
        // The database may be busy or closing; the picture stays as it was and the next search tries again
        // after refreshMs. Failures are counted (g60_firm_search_picture_load_failures at /metrics).
        loadFailures++
        checkedAtMs = Date.now()
      })
      .finally(() => {
        running = undefined
      })
  }

  async function load() {
    const writesAtStart = localWrites
    // The generation is read first: a write committed between the two reads makes the next check load again.
    const loadedGeneration = await repository.readFirmsGeneration(db)
    const entries = await repository.listFirmSearchEntries(db)
    checkedAtMs = Date.now()
    if (writesAtStart !== localWrites) return
    snapshot = buildFirmSearchSnapshot(entries)
    generation = loadedGeneration
  }

  async function checkGeneration() {
    const current = await repository.readFirmsGeneration(db)
    checkedAtMs = Date.now()
    if (current !== generation) await load()
  }

  return {
    findIds(filter, after, count) {
      if (options.refreshMs <= 0) return undefined
      if (snapshot === undefined) inBackground(load)
      else if (Date.now() - checkedAtMs >= options.refreshMs) inBackground(checkGeneration)
      return snapshot === undefined ? undefined : findFirmIds(snapshot, filter, after, count)
    },
    markStale() {
      localWrites++
      snapshot = undefined
      generation = null
    },
    async settled() {
      // A load may follow a check: wait for a few in a row, no more.
      for (let round = 0; round < 4 && running !== undefined; round++) await running
    },
    status() {
      return { entries: snapshot?.entries.length ?? 0, generation, loadFailures }
    },
  }
}
