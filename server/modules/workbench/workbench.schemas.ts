// What GET /api/workbench answers: tiles (a queue's key and count) and figures (money in fen, a score in tenths).
import { Type } from 'typebox'
import { Nullable, StrictObject } from '../../platform/http/schemas'
import { roles } from '../../platform/authorization'

export const Workbench = StrictObject({
  role: Type.Enum(roles),
  cityCode: Nullable(Type.String({ description: 'the officer’s city; null for the corridor office' })),
  tiles: Type.Array(
    StrictObject({
      key: Type.String({ description: 'the queue the tile opens, e.g. claimsToDecide, bookingsToApprove' }),
      count: Type.Integer({ minimum: 0 }),
      exact: Type.Boolean({ description: 'false when the count stops at the list’s bound (“more than”)' }),
    }),
    { maxItems: 20 },
  ),
  figures: Type.Array(
    StrictObject({
      key: Type.String({ description: 'e.g. voucherBalance, income, vouchersIssued, score' }),
      value: Type.Integer(),
      unit: Type.Enum(['fen', 'tenths'] as const, { description: 'fen: money; tenths: tenths of a point' }),
    }),
    { maxItems: 20 },
  ),
})
