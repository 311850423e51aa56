// The real platform for the journeys: `g60 serve` in a temporary data folder with the small demo seed, on a free
// port of 127.0.0.1, stopped (and its folder removed) afterwards. The console is built first when it is stale.
// G60_E2E_BASE_URL runs the journeys against a server that is already running instead.
import { spawn, type ChildProcess } from 'node:child_process'
import fs from 'node:fs'
import net from 'node:net'
import os from 'node:os'
import path from 'node:path'
import { setTimeout as sleep } from 'node:timers/promises'
import { fileURLToPath } from 'node:url'
import { buildConsole } from '../scripts/build-console'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const host = '127.0.0.1'
const startTimeoutMs = 240_000
const stopTimeoutMs = 20_000
const pollMs = 250

export interface RunningServer {
  baseUrl: string
  stop(): Promise<void>
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = net.createServer()
    probe.once('error', reject)
    probe.listen(0, host, () => {
      const address = probe.address()
      const port = typeof address === 'object' && address !== null ? address.port : 0
      probe.close(() => (port > 0 ? resolve(port) : reject(new Error('no free port'))))
    })
  })
}

async function waitUntilHealthy(baseUrl: string, child: ChildProcess, output: () => string) {
  const deadlineMs = Date.now() + startTimeoutMs
  while (Date.now() < deadlineMs) {
    if (child.exitCode !== null) throw new Error(`the server exited with ${child.exitCode}:\n${output()}`)
    try {
      const response = await fetch(`${baseUrl}/api/health`)
      if (response.ok) return
    } catch {
      // not listening yet
    }
    await sleep(pollMs)
  }
  throw new Error(`the server did not become healthy within ${startTimeoutMs / 1000} s:\n${output()}`)
}

async function stopProcess(child: ChildProcess) {
  if (child.exitCode !== null || child.signalCode !== null) return
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()))
  child.kill('SIGTERM')
  const stopped = await Promise.race([exited.then(() => true), sleep(stopTimeoutMs).then(() => false)])
  if (!stopped) {
    child.kill('SIGKILL')
    await exited
  }
}

export async function startServer(): Promise<RunningServer> {
  const external = process.env.G60_E2E_BASE_URL
  if (external !== undefined && external !== '')
    return { baseUrl: external.replace(/\/$/, ''), stop: async () => {} }

  await buildConsole()
  const port = await freePort()
  const dataFolder = fs.mkdtempSync(path.join(os.tmpdir(), 'g60-e2e-'))
  const environment: NodeJS.ProcessEnv = {
    PATH: process.env.PATH ?? '',
    HOME: process.env.HOME ?? os.tmpdir(),
    HOST: host,
    PORT: String(port),
    G60_DATA_DIR: dataFolder,
    G60_SEED_SIZE: 'small',
    G60_MODE: 'demo',
    LOG_LEVEL: 'warn',
  }
  const child = spawn(process.execPath, ['--import', 'tsx', 'cli/g60.ts', 'serve'], {
    cwd: root,
    env: environment,
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  let output = ''
  const keep = (chunk: Buffer) => {
    output = (output + chunk.toString('utf8')).slice(-20_000)
  }
  child.stdout?.on('data', keep)
  child.stderr?.on('data', keep)
  const baseUrl = `http://${host}:${port}`
  try {
    await waitUntilHealthy(baseUrl, child, () => output)
  } catch (error) {
    await stopProcess(child)
    fs.rmSync(dataFolder, { recursive: true, force: true })
    throw error
  }
  return {
    baseUrl,
    async stop() {
      await stopProcess(child)
      fs.rmSync(dataFolder, { recursive: true, force: true })
    },
  }
}
