// Prometheus metrics at GET /metrics: process defaults, request durations by route, the job queue's depth, and the
// gauges each module declares (platform/module.ts), read when scraped.
import type { FastifyInstance } from 'fastify'
import { Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client'
import type { Database } from '../../db/client'
import { assert } from '../errors'
import { countDueJobs } from '../jobs'
import type { ModuleMetric } from '../module'

export function registerMetrics(
  app: FastifyInstance,
  sources: { db: Database; metrics: readonly ModuleMetric[] },
) {
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
  for (const group of groupByName(sources.metrics)) {
    const [first] = group
    assert(first !== undefined, 'a metric group holds one metric at least')
    new Gauge({
      name: first.name,
      help: first.help,
      labelNames: [...(first.labelNames ?? [])],
      registers: [registry],
      async collect() {
        for (const metric of group) {
          for (const reading of await metric.read()) {
            if (reading.labels === undefined) this.set(reading.value)
            else this.set(reading.labels, reading.value)
          }
        }
      },
    })
  }
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

/** Modules' gauges of one name become one gauge; they must agree on its help and labels. */
function groupByName(metrics: readonly ModuleMetric[]): ModuleMetric[][] {
  const groups = new Map<string, ModuleMetric[]>()
  for (const metric of metrics) {
    const group = groups.get(metric.name)
    if (group === undefined) {
      groups.set(metric.name, [metric])
      continue
    }
    const [first] = group
    assert(
      first !== undefined &&
        first.help === metric.help &&
        (first.labelNames ?? []).join() === (metric.labelNames ?? []).join(),
      `metric ${metric.name} is declared twice with different help or labels`,
    )
    group.push(metric)
  }
  return [...groups.values()]
}
