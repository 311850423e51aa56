// Prometheus metrics at GET /metrics: process defaults, request durations by route, the job queue's depth and the
// firm search picture's state, and the group commits' batches.
import type { FastifyInstance } from 'fastify'
import { Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client'
import type { Database } from '../../db/client'
import type { GroupCommitStatus } from '../batching'
import { countDueJobs } from '../jobs'

export interface MetricsSources {
  db: Database
  firmSearchStatus(): { entries: number; loadFailures: number }
  /** the group commits of the hot writes, by the write they gather */
  groupCommits: Record<string, () => GroupCommitStatus>
}

export function registerMetrics(app: FastifyInstance, sources: MetricsSources) {
  const registry = new Registry()
  collectDefaultMetrics({ register: registry, prefix: 'g60_' })
  const requestDuration = new Histogram({
    name: 'g60_http_request_duration_seconds',
    help: 'HTTP request duration by route, method and status',
    labelNames: ['method', 'route', 'status'],
    buckets: [0.002, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5],
    registers: [registry],
  })
  // Read when scraped: due jobs waiting and running (a long queue means the workers fall behind).
  new Gauge({
    name: 'g60_jobs_due',
    help: 'Background jobs due now, by state (queued or running)',
    labelNames: ['state'],
    registers: [registry],
    async collect() {
      const due = await countDueJobs(sources.db)
      this.set({ state: 'queued' }, due.queued)
      this.set({ state: 'running' }, due.running)
    },
  })
  // Zero entries while searches come means search is answered by SQL alone (the picture is loading or dropped).
  new Gauge({
    name: 'g60_firm_search_picture_entries',
    help: 'Firms held by the in-memory firm search picture (0 when none is loaded)',
    registers: [registry],
    collect() {
      this.set(sources.firmSearchStatus().entries)
    },
  })
  new Gauge({
    name: 'g60_firm_search_picture_load_failures',
    help: 'Loads or freshness checks of the firm search picture that failed since start',
    registers: [registry],
    collect() {
      this.set(sources.firmSearchStatus().loadFailures)
    },
  })
  // Mean batch size is the increase of items over the increase of batches: near 1, requests did not overlap.
  new Gauge({
    name: 'g60_group_commit_batches',
    help: 'Batches run by a group commit since start, by the write it gathers',
    labelNames: ['write'],
    registers: [registry],
    collect() {
      for (const [write, status] of Object.entries(sources.groupCommits))
        this.set({ write }, status().batches)
    },
  })
  new Gauge({
    name: 'g60_group_commit_items',
    help: 'Requests run in batches by a group commit since start, by the write it gathers',
    labelNames: ['write'],
    registers: [registry],
    collect() {
      for (const [write, status] of Object.entries(sources.groupCommits)) this.set({ write }, status().items)
    },
  })
  app.addHook('onResponse', async (request, reply) => {
    requestDuration.observe(
      {
        method: request.method,
        route: request.routeOptions.url ?? 'unknown',
        status: String(reply.statusCode),
      },
      reply.elapsedTime / 1000,
    )
  })
  app.get('/metrics', { schema: { hide: true } }, async (_request, reply) => {
    reply.type(registry.contentType)
    return registry.metrics()
  })
}
