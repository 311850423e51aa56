// Keeps the in-memory firm search picture (firm-search.snapshot.ts) fresh enough to serve from:
// - a firm written in this process drops the picture at once, so this process reads its own writes;
// - a write anywhere else raises the firms generation (a statement trigger, migration 0016), which is read at most
//   once per refreshMs while searches come; a changed generation (or a failed check) drops the picture, so another
//   process's write shows within about refreshMs, inside what the public page cache already allows (2 s);
// - while there is no picture (not loaded yet, dropped, or the registry outgrew it) the database answers.
// Loads and checks run in the background, one at a time; a search never waits for one. A load reads every firm
// (1.7 s for 29,000 on PGlite, whose one connection waits meanwhile), so loads are spaced:
// the next may start only after four times the last one's duration, and the database spends at most a fifth of its
// time loading however often firms are written.
import type { Database } from '../../db/client'
import type { SortedPageRequest } from '../../platform/http/list'
import type { FirmFilter, FirmListRow, FirmSortKey } from './organisations.repository'
import * as repository from './organisations.repository'
import {
  buildFirmSearchSnapshot,
  findFirms,
  snapshotEntriesMax,
  type FirmSearchSnapshot,
} from './firm-search.snapshot'

export interface FirmSearchIndex {
  /** A page of firms and their count from the picture, or undefined when it cannot serve (ask the database). */
  findFirms(
    filter: FirmFilter,
    page: SortedPageRequest<FirmSortKey>,
  ): { rows: FirmListRow[]; total: number } | undefined
  /** A firm was written in this process: drop the picture; a later search loads it again. */
  markStale(): void
  /** Resolves when no load or check is running: for tests and shutdown. */
  settled(): Promise<void>
  status(): { entries: number; generation: number | null; loadFailures: number; outgrown: boolean }
}

/** A load may start only this many times its predecessor's duration after it ended. */
const loadSpacingFactor = 4

export function createFirmSearchIndex(
  db: Database,
  options: { refreshMs: number; entriesMax?: number },
): FirmSearchIndex {
  const entriesMax = Math.min(options.entriesMax ?? snapshotEntriesMax, snapshotEntriesMax)
  let snapshot: FirmSearchSnapshot | undefined
  let generation: number | null = null
  let checkedAtMs = 0
  let running: Promise<void> | undefined
  /** Raised by every markStale, so a load that began before a local write is not trusted after it. */
  let localWrites = 0
  let loadFailures = 0
  /** More firms than a picture may hold: search stays with the database until a restart. */
  let outgrown = false
  let loadAllowedAtMs = 0

  function inBackground(work: () => Promise<void>) {
    if (running !== undefined) return
    running = work()
      .catch(() => {
        // The database may be busy or closing: without a check the picture cannot be trusted, so the database
        // answers until a later search loads it again. Failures are counted (g60_firm_search_picture_load_failures).
        loadFailures++
        snapshot = undefined
        generation = null
      })
      .finally(() => {
        running = undefined
      })
  }

  async function load() {
    const startedAtMs = Date.now()
    const writesAtStart = localWrites
    try {
      // The generation is read first: a write committed between the two reads makes the next check drop the picture.
      const loadedGeneration = await repository.readFirmsGeneration(db)
      const entries = await repository.listFirmsForSearch(db, entriesMax + 1)
      checkedAtMs = Date.now()
      if (entries.length > entriesMax) {
        outgrown = true
        return
      }
      if (writesAtStart !== localWrites) return
      snapshot = buildFirmSearchSnapshot(entries)
      generation = loadedGeneration
    } finally {
      loadAllowedAtMs = Date.now() + loadSpacingFactor * (Date.now() - startedAtMs)
    }
  }

  async function checkGeneration() {
    const current = await repository.readFirmsGeneration(db)
    checkedAtMs = Date.now()
    if (current === generation) return
    snapshot = undefined
    generation = null
  }

  return {
    findFirms(filter, page) {
      if (options.refreshMs <= 0 || outgrown) return undefined
      if (snapshot === undefined) {
        if (Date.now() >= loadAllowedAtMs) inBackground(load)
      } else if (Date.now() - checkedAtMs >= options.refreshMs) inBackground(checkGeneration)
      return snapshot === undefined ? undefined : findFirms(snapshot, filter, page)
    },
    markStale() {
      localWrites++
      snapshot = undefined
      generation = null
    },
    async settled() {
      await running
    },
    status() {
      return { entries: snapshot?.entries.length ?? 0, generation, loadFailures, outgrown }
    },
  }
}
