// Routes of the 1+7+N alliance tree and its members.
import { exportRoute, exportRowsMax } from '../../platform/export'
import { get, patch, post, type Route } from '../../platform/http/routes'
import { IdParams } from '../../platform/http/schemas'
import { presentAlliance } from './registry.presenters'
import * as schemas from './registry.schemas'
import type { StructureService } from './registry.service'

export function allianceRoutes(structure: StructureService): Route[] {
  return [
    get(
      '/api/alliances',
      {
        operationId: 'listAlliances',
        summary: 'The 1+7+N alliance tree',
        description:
          "Anyone: the corridor's alliances as a tree (the corridor alliance, the seven industry alliances and their members' groupings).",
        ok: schemas.AllianceTree,
        errors: false,
      },
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
    get(
      '/api/alliances/:id',
      {
        operationId: 'getAlliance',
        summary: 'Get an alliance',
        description: 'Anyone: one alliance by its id.',
        params: IdParams,
        ok: schemas.Alliance,
      },
      async (request) => presentAlliance(await structure.getAlliance(request.params.id)),
    ),
    get(
      '/api/alliances/:id/members',
      {
        operationId: 'listAllianceMembers',
        summary: "List an alliance's members",
        description:
          'Anyone: the parks and firms that belong to an alliance, named, newest joined first unless sorted otherwise, counted and paged.',
        params: IdParams,
        querystring: schemas.AllianceMembersQuery,
        ok: schemas.AllianceMemberPage,
      },
      async (request) => structure.listAllianceMembers(request.params.id, request.query),
    ),
    exportRoute(
      '/api/alliances/:id/members/export',
      {
        operationId: 'exportAllianceMembers',
        summary: "An alliance's members as CSV or an Excel workbook",
        description: `Anyone: the same filter and order as the members list, at most ${exportRowsMax} rows, with members, kinds and cities by name.`,
        params: IdParams,
        querystring: schemas.AllianceMembersExportQuery,
      },
      async (request, rowsMax) => structure.exportAllianceMembers(request.params.id, request.query, rowsMax),
    ),
    post(
      '/api/alliances',
      {
        operationId: 'createAlliance',
        summary: 'Add an alliance',
        description: 'The corridor office only: adds an alliance under its parent.',
        body: schemas.CreateAllianceBody,
        created: schemas.Alliance,
      },
      async (request) => presentAlliance(await structure.createAlliance(request.principal, request.body)),
    ),
    patch(
      '/api/alliances/:id',
      {
        operationId: 'updateAlliance',
        summary: 'Update an alliance',
        description: "The corridor office only: changes an alliance's names or description.",
        params: IdParams,
        body: schemas.UpdateAllianceBody,
        ok: schemas.Alliance,
      },
      async (request) =>
        presentAlliance(await structure.updateAlliance(request.principal, request.params.id, request.body)),
    ),
    post(
      '/api/alliances/:id/members',
      {
        operationId: 'addAllianceMember',
        summary: 'Add a member to an alliance',
        description: 'The corridor office only: makes an organisation a member of an alliance.',
        params: IdParams,
        body: schemas.AddAllianceMemberBody,
        ok: schemas.Alliance,
      },
      async (request) =>
        presentAlliance(
          await structure.addAllianceMember(request.principal, request.params.id, request.body),
        ),
    ),
  ]
}
