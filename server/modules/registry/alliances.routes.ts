// Routes of the 1+7+N alliance tree and its members.
import { get, patch, post, type Route } from '../../platform/http/routes'
import { IdParams } from '../../platform/http/schemas'
import { presentAlliance } from './registry.presenters'
import * as schemas from './registry.schemas'
import type { StructureService } from './registry.service'

export function allianceRoutes(structure: StructureService): Route[] {
  return [
    get(
      '/api/alliances',
      { summary: 'The 1+7+N alliance tree', ok: schemas.AllianceTree, errors: false },
      async () => {
        const tree = await structure.allianceTree()
        return {
          allianceCount: tree.allianceCount,
          roots: tree.roots.map((root) => ({
            ...presentAlliance(root),
            children: root.children.map((child) => ({
              ...presentAlliance(child),
              children: child.children.map(presentAlliance),
            })),
          })),
        }
      },
    ),
    get('/api/alliances/:id', { params: IdParams, ok: schemas.Alliance }, async (request) =>
      presentAlliance(await structure.getAlliance(request.params.id)),
    ),
    get(
      '/api/alliances/:id/members',
      { params: IdParams, querystring: schemas.AllianceMembersQuery, ok: schemas.AllianceMemberPage },
      async (request) => structure.listAllianceMembers(request.params.id, request.query),
    ),
    post('/api/alliances', { body: schemas.CreateAllianceBody, created: schemas.Alliance }, async (request) =>
      presentAlliance(await structure.createAlliance(request.principal, request.body)),
    ),
    patch(
      '/api/alliances/:id',
      { params: IdParams, body: schemas.UpdateAllianceBody, ok: schemas.Alliance },
      async (request) =>
        presentAlliance(await structure.updateAlliance(request.principal, request.params.id, request.body)),
    ),
    post(
      '/api/alliances/:id/members',
      { params: IdParams, body: schemas.AddAllianceMemberBody, ok: schemas.Alliance },
      async (request) =>
        presentAlliance(
          await structure.addAllianceMember(request.principal, request.params.id, request.body),
        ),
    ),
  ]
}
