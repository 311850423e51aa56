// Several real platform processes (`g60 serve`, the bundle operators run) behind HAProxy on one fresh PostgreSQL
// database: the deployment docs/OPERATIONS.md describes ("Several processes behind a load balancer"), started for the
// fault suite. HAProxy names the process that answered in an X-Backend header (health and metrics do not say), and
// its runtime API points a backend at a restarted process's new port, as an operator replacing a process would.
import { spawn, type ChildProcess } from 'node:child_process'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import net from 'node:net'
import os from 'node:os'
import path from 'node:path'
import { setTimeout as sleep } from 'node:timers/promises'
import {
  benchEnvironment,
  host,
  startServer,
  stopServer,
  waitForIdleJobs,
  withFreshPostgresDatabase,
  type Server,
} from '../bench/server'

/** the HAProxy backend's name, which the X-Backend header and the runtime API's commands use */
export const backendName = 'platform'
/** the header HAProxy adds to every answer: the name of the server line (process) that answered */
export const backendHeader = 'x-backend'
/** Debian's package (.ci/run installs it when missing) */
const haproxyBinary = '/usr/sbin/haproxy'
const haproxyReadyTimeoutMs = 20_000
const runtimeCommandTimeoutMs = 5_000
/** how long a restarted process may take to be seen healthy by HAProxy and given requests again */
const backendUpTimeoutMs = 20_000

export interface PlatformProcess {
  /** the server line's name in the HAProxy config: p1, p2, … */
  name: string
  server: Server
}

export interface Balancer {
  /** http://127.0.0.1:<frontend port> */
  url: string
  databaseUrl: string
  processes: PlatformProcess[]
  /** kill -9 of one process; resolves once it has exited */
  kill: (name: string) => Promise<void>
  /** a new process in the place of a killed one (on a new port, which the runtime API hands to HAProxy) */
  restart: (name: string) => Promise<void>
  /** one process's own address, past the balancer */
  directUrl: (name: string) => string
  stop: () => Promise<void>
}

/**
 * The reference configuration (docs/OPERATIONS.md quotes it): round robin over the processes, a health check every
 * 500 ms (two failures take a process out, one success puts it back), and a connection refused by a dead process
 * retried on another one. Only connection failures are retried: a request a process received may have had its
 * effect, and only the client, holding its Idempotency-Key, may send it again.
 */
export function haproxyConfig(options: {
  frontendPort: number
  backendPorts: readonly number[]
  runtimeSocket: string
}): string {
  const servers = options.backendPorts.map((port, index) => `  server p${index + 1} ${host}:${port} check`)
  return [
    'global',
    '  maxconn 4096',
    `  stats socket ${options.runtimeSocket} mode 600 level admin`,
    '',
    'defaults',
    '  mode http',
    '  option forwardfor',
    '  timeout connect 2s',
    '  timeout client 60s',
    '  timeout server 60s',
    '  timeout http-request 10s',
    '  timeout http-keep-alive 10s',
    '  retries 2',
    '  retry-on conn-failure',
    '  option redispatch',
    '',
    'frontend g60',
    `  bind ${host}:${options.frontendPort}`,
    `  default_backend ${backendName}`,
    '',
    `backend ${backendName}`,
    '  balance roundrobin',
    '  option httpchk GET /api/health',
    '  http-check expect status 200',
    '  default-server inter 500ms fall 2 rise 1',
    '  http-response set-header X-Backend %s',
    ...servers,
    '',
  ].join('\n')
}

/** A port free on 127.0.0.1 now (the kernel's choice), for HAProxy's frontend. */
async function freePort(): Promise<number> {
  const listener = net.createServer()
  await new Promise<void>((resolve) => listener.listen(0, host, resolve))
  const address = listener.address()
  await new Promise<void>((resolve) => listener.close(() => resolve()))
  if (address === null || typeof address === 'string') throw new Error('no port was given')
  return address.port
}

/** One command on HAProxy's runtime API (the stats socket); its answer's text. */
export function runtimeCommand(socketPath: string, command: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const socket = net.connect(socketPath)
    let answer = ''
    const timer = setTimeout(() => {
      socket.destroy()
      reject(new Error(`HAProxy did not answer "${command}" in time`))
    }, runtimeCommandTimeoutMs)
    socket.setEncoding('utf8')
    socket.on('connect', () => socket.write(`${command}\n`))
    socket.on('data', (chunk: string) => {
      answer += chunk
    })
    socket.on('error', (error) => {
      clearTimeout(timer)
      reject(error)
    })
    socket.on('close', () => {
      clearTimeout(timer)
      resolve(answer)
    })
  })
}

async function waitForFrontend(url: string, haproxy: ChildProcess) {
  const deadlineMs = Date.now() + haproxyReadyTimeoutMs
  while (Date.now() < deadlineMs) {
    if (haproxy.exitCode !== null) throw new Error(`haproxy exited with ${haproxy.exitCode}`)
    try {
      if ((await fetch(`${url}/api/health`)).ok) return
    } catch {
      // not listening yet
    }
    await sleep(100)
  }
  throw new Error('HAProxy did not answer /api/health in time')
}

/** Waits until the balancer hands requests to the named process again (round robin: within a few requests). */
async function waitUntilServed(url: string, name: string) {
  const deadlineMs = Date.now() + backendUpTimeoutMs
  while (Date.now() < deadlineMs) {
    try {
      const response = await fetch(`${url}/api/health`)
      if (response.ok && response.headers.get(backendHeader) === name) return
    } catch {
      // a request caught by a dying connection: ask again
    }
    await sleep(50)
  }
  throw new Error(`HAProxy did not bring ${name} back in time`)
}

async function killProcess(server: Server) {
  if (server.child.exitCode !== null || server.child.signalCode !== null) return
  const exited = new Promise((resolve) => server.child.once('exit', resolve))
  server.child.kill('SIGKILL')
  await exited
}

function spawnHaproxy(configFile: string): ChildProcess {
  // -db: in the foreground, so that it is this process's child and dies with it; its messages go to our stderr
  const haproxy = spawn(haproxyBinary, ['-f', configFile, '-db'], { stdio: ['ignore', 'ignore', 'inherit'] })
  haproxy.on('error', (error) => process.stderr.write(`[balancer] haproxy: ${String(error)}\n`))
  return haproxy
}

/**
 * Starts `processCount` servers on a fresh PostgreSQL database (the first alone: it seeds the empty database, and
 * the others start once its jobs are idle), and HAProxy before them; stop() kills HAProxy, stops the servers and
 * drops the database.
 */
export async function startBalancer(processCount = 3): Promise<Balancer> {
  let releaseDatabase = () => {}
  const held = new Promise<void>((resolve) => {
    releaseDatabase = resolve
  })
  let databaseReady: (url: string) => void = () => {}
  const created = new Promise<string>((resolve) => {
    databaseReady = resolve
  })
  const database = withFreshPostgresDatabase(async (url) => {
    databaseReady(url)
    await held
  })
  const databaseUrl = await Promise.race([
    created,
    database.then(() => Promise.reject(new Error('the database was dropped before use'))),
  ])
  const folder = mkdtempSync(path.join(os.tmpdir(), 'g60-balancer-'))
  // one data folder for every process: they share the audit signing key and the checkpoint file, as they must
  const environment = {
    ...benchEnvironment(databaseUrl, 'small'),
    G60_DATA_DIR: folder,
    G60_TRUST_PROXY: 'true',
  }
  const processes: PlatformProcess[] = []
  let haproxy: ChildProcess | null = null

  async function stop() {
    if (haproxy !== null && haproxy.exitCode === null) {
      const exited = new Promise((resolve) => haproxy?.once('exit', resolve))
      haproxy.kill('SIGTERM')
      await Promise.race([exited, sleep(5_000)])
    }
    await Promise.all(processes.map((member) => stopServer(member.server)))
    await Promise.all(processes.map((member) => killProcess(member.server)))
    releaseDatabase()
    await database
    rmSync(folder, { recursive: true, force: true })
  }

  try {
    const first = await startServer(environment)
    processes.push({ name: 'p1', server: first })
    await waitForIdleJobs(first)
    for (let index = 2; index <= processCount; index++) {
      processes.push({ name: `p${index}`, server: await startServer(environment) })
    }
    const frontendPort = await freePort()
    const runtimeSocket = path.join(folder, 'haproxy.sock')
    const configFile = path.join(folder, 'haproxy.cfg')
    writeFileSync(
      configFile,
      haproxyConfig({
        frontendPort,
        backendPorts: processes.map((member) => member.server.port),
        runtimeSocket,
      }),
    )
    haproxy = spawnHaproxy(configFile)
    const url = `http://${host}:${frontendPort}`
    await waitForFrontend(url, haproxy)
    for (const member of processes) await waitUntilServed(url, member.name)

    const processOf = (name: string) => {
      const found = processes.find((member) => member.name === name)
      if (found === undefined) throw new Error(`no process ${name}`)
      return found
    }
    return {
      url,
      databaseUrl,
      processes,
      kill: (name) => killProcess(processOf(name).server),
      restart: async (name) => {
        const member = processOf(name)
        member.server = await startServer(environment)
        const answer = await runtimeCommand(
          runtimeSocket,
          `set server ${backendName}/${name} addr ${host} port ${member.server.port}`,
        )
        if (!/changed/i.test(answer)) throw new Error(`HAProxy refused the new address: ${answer}`)
        await waitUntilServed(url, name)
      },
      directUrl: (name) => `http://${host}:${processOf(name).server.port}`,
      stop,
    }
  } catch (error) {
    await stop()
    throw error
  }
}
