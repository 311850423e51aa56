// Routes of the 1+7+N alliance tree and its members.
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox'
import type { FastifyInstance } from 'fastify'
import { errorResponses, IdParams } from '../../platform/http/schemas'
import { presentAlliance } from './registry.presenters'
import * as schemas from './registry.schemas'
import type { StructureService } from './registry.service'

const tags = ['registry']

export function registerAllianceRoutes(instance: FastifyInstance, structure: StructureService) {
  const app = instance.withTypeProvider<TypeBoxTypeProvider>()
  app.get(
    '/api/alliances',
    { schema: { tags, summary: 'The 1+7+N alliance tree', response: { 200: schemas.AllianceTree } } },
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
  )
  app.get(
    '/api/alliances/:id',
    { schema: { tags, params: IdParams, response: { 200: schemas.Alliance, ...errorResponses } } },
    async (request) => presentAlliance(await structure.getAlliance(request.params.id)),
  )
  app.get(
    '/api/alliances/:id/members',
    {
      schema: {
        tags,
        params: IdParams,
        querystring: schemas.AllianceMembersQuery,
        response: { 200: schemas.AllianceMemberPage, ...errorResponses },
      },
    },
    async (request) => structure.listAllianceMembers(request.params.id, request.query),
  )
  app.post(
    '/api/alliances',
    {
      schema: {
        tags,
        body: schemas.CreateAllianceBody,
        response: { 201: schemas.Alliance, ...errorResponses },
      },
    },
    async (request, reply) =>
      reply.code(201).send(presentAlliance(await structure.createAlliance(request.principal, request.body))),
  )
  app.patch(
    '/api/alliances/:id',
    {
      schema: {
        tags,
        params: IdParams,
        body: schemas.UpdateAllianceBody,
        response: { 200: schemas.Alliance, ...errorResponses },
      },
    },
    async (request) =>
      presentAlliance(await structure.updateAlliance(request.principal, request.params.id, request.body)),
  )
  app.post(
    '/api/alliances/:id/members',
    {
      schema: {
        tags,
        params: IdParams,
        body: schemas.AddAllianceMemberBody,
        response: { 200: schemas.Alliance, ...errorResponses },
      },
    },
    async (request) =>
      presentAlliance(await structure.addAllianceMember(request.principal, request.params.id, request.body)),
  )
}
