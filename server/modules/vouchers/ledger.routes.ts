// Routes of the ledger: the check of every invariant.
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox'
import type { FastifyInstance } from 'fastify'
import { errorResponses } from '../../platform/http/schemas'
import type { LedgerService } from './ledger.service'
import * as schemas from './vouchers.schemas'

const tags = ['vouchers']

export function registerLedgerRoutes(instance: FastifyInstance, ledger: LedgerService) {
  const app = instance.withTypeProvider<TypeBoxTypeProvider>()
  app.get(
    '/api/voucher-ledger/verification',
    {
      schema: {
        tags,
        summary: 'Check every ledger invariant and name the first violation (the corridor office)',
        response: { 200: schemas.LedgerVerificationSchema, ...errorResponses },
      },
    },
    async (request) => ledger.verify(request.principal),
  )
}
