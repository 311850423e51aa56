// Where the CPU went during a load, from Linux's /proc: the server process, the PostgreSQL backends serving the
// benchmark database, the benchmark process itself (autocannon or the workers), and the whole machine, so that a
// figure measured while something else ran can be told apart. Elsewhere than Linux every figure is null.
import fs from 'node:fs'
import os from 'node:os'
import { sql } from 'drizzle-orm'
import { queryRows, type Database } from '../server/db/client'

const clockTicksPerSecond = 100

function processTicks(pid: number): number {
  try {
    // the fields after the command name: state is field 3, utime 14 and stime 15 (1-based, see proc(5))
    const afterName = fs.readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1] ?? ''
    const fields = afterName.split(' ')
    return Number(fields[11]) + Number(fields[12])
  } catch {
    return 0
  }
}

function machineTicks(): { busy: number; total: number } | null {
  try {
    const line = fs.readFileSync('/proc/stat', 'utf8').split('\n')[0] ?? ''
    const values = line.trim().split(/\s+/).slice(1).map(Number)
    const total = values.reduce((sum, value) => sum + value, 0)
    const idle = (values[3] ?? 0) + (values[4] ?? 0)
    return { busy: total - idle, total }
  } catch {
    return null
  }
}

async function backendPids(db: Database): Promise<number[]> {
  const rows = await queryRows<{ pid: number }>(
    db,
    sql`SELECT pid FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid()`,
  )
  return rows.map((row) => Number(row.pid))
}

/** CPU milliseconds each party spent per operation, at `perSecond` operations a second. */
export function cpuMsPerOperation(cpu: CpuShare, perSecond: number) {
  const per = (cores: number | null) =>
    cores === null || perSecond <= 0 ? null : Math.round((1000 * 100 * cores) / perSecond) / 100
  return { server: per(cpu.serverCores), postgres: per(cpu.postgresCores), bench: per(cpu.benchCores) }
}

export interface CpuShare {
  /** cores busy on average: 1.0 is one core for the whole load */
  serverCores: number | null
  postgresCores: number | null
  benchCores: number
  /** every core of the machine, whoever used it */
  machineCores: number | null
  /** machine less server, PostgreSQL backends and benchmark: other users, PostgreSQL's own background work */
  otherCores: number | null
}

/** Runs the load and reports the CPU each party used meanwhile. */
export async function measureCpu<Result>(
  db: Database,
  serverPid: number | null,
  load: () => Promise<Result>,
): Promise<{ result: Result; cpu: CpuShare; seconds: number }> {
  const onLinux = machineTicks() !== null
  const pidsBefore = onLinux ? await backendPids(db) : []
  const ticksBefore = new Map(pidsBefore.map((pid) => [pid, processTicks(pid)]))
  const serverBefore = serverPid === null ? 0 : processTicks(serverPid)
  const benchBefore = process.cpuUsage()
  const machineBefore = machineTicks()
  const startedAtMs = performance.now()
  const result = await load()
  const seconds = (performance.now() - startedAtMs) / 1000
  const machineAfter = machineTicks()
  const bench = process.cpuUsage(benchBefore)
  const serverAfter = serverPid === null ? 0 : processTicks(serverPid)
  const pidsAfter = onLinux ? await backendPids(db) : []
  let postgresTicks = 0
  for (const pid of new Set([...pidsBefore, ...pidsAfter])) {
    postgresTicks += processTicks(pid) - (ticksBefore.get(pid) ?? 0)
  }
  const cores = (ticks: number) => Math.round((100 * ticks) / clockTicksPerSecond / seconds) / 100
  const benchCores = Math.round((100 * (bench.user + bench.system)) / 1e6 / seconds) / 100
  const machineCores =
    machineBefore === null || machineAfter === null
      ? null
      : Math.round(
          ((100 * (machineAfter.busy - machineBefore.busy)) / (machineAfter.total - machineBefore.total)) *
            os.cpus().length,
        ) / 100
  const serverCores = serverPid === null || !onLinux ? null : cores(serverAfter - serverBefore)
  const postgresCores = onLinux ? cores(postgresTicks) : null
  const otherCores =
    machineCores === null || postgresCores === null
      ? null
      : Math.max(0, Math.round(100 * (machineCores - (serverCores ?? 0) - postgresCores - benchCores)) / 100)
  return {
    result,
    seconds,
    cpu: { serverCores, postgresCores, benchCores, machineCores, otherCores },
  }
}
