// Thin routes: parse, call one service function, shape the answer.
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox'
import type { FastifyInstance } from 'fastify'
import { errorResponses, IdParams } from '../../platform/http/schemas'
import type { OrganisationsService } from './organisations.service'
import {
  presentAlliance,
  presentCity,
  presentFirm,
  presentIndustry,
  presentInstitution,
  presentPark,
  presentProvider,
} from './registry.presenters'
import * as schemas from './registry.schemas'
import type { StructureService } from './registry.service'

export function registerStructureRoutes(instance: FastifyInstance, structure: StructureService) {
  const app = instance.withTypeProvider<TypeBoxTypeProvider>()
  const tags = ['registry']

  app.get(
    '/api/registry/summary',
    {
      schema: {
        tags,
        summary: "The corridor's key figures, counted from the database",
        response: { 200: schemas.RegistrySummary },
      },
    },
    async () => structure.summary(),
  )

  app.get(
    '/api/cities',
    { schema: { tags, summary: 'The nine corridor cities', response: { 200: schemas.CityPage } } },
    async () => ({
      items: (await structure.listCities()).map((city) => ({ ...presentCity(city), figures: city.figures })),
    }),
  )
  app.get(
    '/api/cities/:code',
    {
      schema: { tags, params: schemas.CityParams, response: { 200: schemas.CityDetail, ...errorResponses } },
    },
    async (request) => {
      const city = await structure.getCity(request.params.code)
      return { ...presentCity(city), figures: city.figures }
    },
  )
  app.patch(
    '/api/cities/:code',
    {
      schema: {
        tags,
        params: schemas.CityParams,
        body: schemas.UpdateCityBody,
        response: { 200: schemas.City, ...errorResponses },
      },
    },
    async (request) => {
      const updated = await structure.updateCity(request.principal, request.params.code, request.body)
      if (updated === undefined) return presentCity(await structure.getCity(request.params.code))
      return presentCity(updated)
    },
  )

  app.get(
    '/api/industries',
    {
      schema: {
        tags,
        summary: 'The 6+X taxonomy and the 7 key alliance industries',
        querystring: schemas.IndustryQuery,
        response: { 200: schemas.IndustryPage, ...errorResponses },
      },
    },
    async (request) => ({
      items: (await structure.listIndustries(request.query.taxonomy)).map(presentIndustry),
    }),
  )
  app.get(
    '/api/industries/:code',
    { schema: { tags, params: schemas.CodeParams, response: { 200: schemas.Industry, ...errorResponses } } },
    async (request) => presentIndustry(await structure.getIndustry(request.params.code)),
  )
  app.post(
    '/api/industries',
    {
      schema: {
        tags,
        body: schemas.CreateIndustryBody,
        response: { 201: schemas.Industry, ...errorResponses },
      },
    },
    async (request, reply) =>
      reply.code(201).send(presentIndustry(await structure.createIndustry(request.principal, request.body))),
  )
  app.patch(
    '/api/industries/:code',
    {
      schema: {
        tags,
        params: schemas.CodeParams,
        body: schemas.UpdateIndustryBody,
        response: { 200: schemas.Industry, ...errorResponses },
      },
    },
    async (request) => {
      const updated = await structure.updateIndustry(request.principal, request.params.code, request.body)
      return presentIndustry(updated ?? (await structure.getIndustry(request.params.code)))
    },
  )

  app.get(
    '/api/parks',
    {
      schema: {
        tags,
        querystring: schemas.ParkQuery,
        response: { 200: schemas.ParkPage, ...errorResponses },
      },
    },
    async (request) => {
      const page = await structure.listParks(request.query)
      return { items: page.items.map(presentPark), nextCursor: page.nextCursor }
    },
  )
  app.get(
    '/api/parks/:id',
    { schema: { tags, params: IdParams, response: { 200: schemas.Park, ...errorResponses } } },
    async (request) => presentPark(await structure.getPark(request.params.id)),
  )
  app.post(
    '/api/parks',
    { schema: { tags, body: schemas.CreateParkBody, response: { 201: schemas.Park, ...errorResponses } } },
    async (request, reply) =>
      reply.code(201).send(presentPark(await structure.createPark(request.principal, request.body))),
  )
  app.patch(
    '/api/parks/:id',
    {
      schema: {
        tags,
        params: IdParams,
        body: schemas.UpdateParkBody,
        response: { 200: schemas.Park, ...errorResponses },
      },
    },
    async (request) =>
      presentPark(await structure.updatePark(request.principal, request.params.id, request.body)),
  )

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

export function registerOrganisationRoutes(instance: FastifyInstance, organisations: OrganisationsService) {
  const app = instance.withTypeProvider<TypeBoxTypeProvider>()
  const tags = ['registry']

  app.get(
    '/api/firms',
    {
      schema: {
        tags,
        summary: 'Search firms by part of a Chinese or English name or credit code, with filters',
        querystring: schemas.FirmQuery,
        response: { 200: schemas.FirmPage, ...errorResponses },
      },
    },
    async (request) => {
      const page = await organisations.listFirms(request.query)
      return { items: page.items.map(presentFirm), nextCursor: page.nextCursor }
    },
  )
  app.get(
    '/api/firms/:id',
    { schema: { tags, params: IdParams, response: { 200: schemas.Firm, ...errorResponses } } },
    async (request) => presentFirm(await organisations.getFirm(request.params.id)),
  )
  app.get(
    '/api/firms/:id/figures',
    {
      schema: {
        tags,
        summary:
          "A firm's private figures: the firm, its city's officers and workstation, the corridor office",
        params: IdParams,
        response: { 200: schemas.FirmFigures, ...errorResponses },
      },
    },
    async (request) => organisations.getFirmFigures(request.principal, request.params.id),
  )
  app.post(
    '/api/firms',
    { schema: { tags, body: schemas.CreateFirmBody, response: { 201: schemas.Firm, ...errorResponses } } },
    async (request, reply) =>
      reply.code(201).send(presentFirm(await organisations.createFirm(request.principal, request.body))),
  )
  app.patch(
    '/api/firms/:id',
    {
      schema: {
        tags,
        params: IdParams,
        body: schemas.UpdateFirmBody,
        response: { 200: schemas.Firm, ...errorResponses },
      },
    },
    async (request) =>
      presentFirm(await organisations.updateFirm(request.principal, request.params.id, request.body)),
  )

  app.get(
    '/api/institutions',
    {
      schema: {
        tags,
        summary: "Institutions of the corridor's financial services alliance",
        querystring: schemas.InstitutionQuery,
        response: { 200: schemas.InstitutionPage, ...errorResponses },
      },
    },
    async (request) => {
      const page = await organisations.listInstitutions(request.query)
      return { items: page.items.map(presentInstitution), nextCursor: page.nextCursor }
    },
  )
  app.get(
    '/api/institutions/:id',
    { schema: { tags, params: IdParams, response: { 200: schemas.Institution, ...errorResponses } } },
    async (request) => presentInstitution(await organisations.getInstitution(request.params.id)),
  )
  app.post(
    '/api/institutions',
    {
      schema: {
        tags,
        body: schemas.CreateInstitutionBody,
        response: { 201: schemas.Institution, ...errorResponses },
      },
    },
    async (request, reply) =>
      reply
        .code(201)
        .send(presentInstitution(await organisations.createInstitution(request.principal, request.body))),
  )
  app.patch(
    '/api/institutions/:id',
    {
      schema: {
        tags,
        params: IdParams,
        body: schemas.UpdateInstitutionBody,
        response: { 200: schemas.Institution, ...errorResponses },
      },
    },
    async (request) =>
      presentInstitution(
        await organisations.updateInstitution(request.principal, request.params.id, request.body),
      ),
  )

  app.get(
    '/api/providers',
    {
      schema: {
        tags,
        summary: 'Service providers: labs, test centres, universities, research institutes',
        querystring: schemas.ProviderQuery,
        response: { 200: schemas.ProviderPage, ...errorResponses },
      },
    },
    async (request) => {
      const page = await organisations.listProviders(request.query)
      return { items: page.items.map(presentProvider), nextCursor: page.nextCursor }
    },
  )
  app.get(
    '/api/providers/:id',
    { schema: { tags, params: IdParams, response: { 200: schemas.Provider, ...errorResponses } } },
    async (request) => presentProvider(await organisations.getProvider(request.params.id)),
  )
  app.post(
    '/api/providers',
    {
      schema: {
        tags,
        body: schemas.CreateProviderBody,
        response: { 201: schemas.Provider, ...errorResponses },
      },
    },
    async (request, reply) =>
      reply
        .code(201)
        .send(presentProvider(await organisations.createProvider(request.principal, request.body))),
  )
  app.patch(
    '/api/providers/:id',
    {
      schema: {
        tags,
        params: IdParams,
        body: schemas.UpdateProviderBody,
        response: { 200: schemas.Provider, ...errorResponses },
      },
    },
    async (request) =>
      presentProvider(await organisations.updateProvider(request.principal, request.params.id, request.body)),
  )
  app.post(
    '/api/providers/:id/admission',
    {
      schema: {
        tags,
        summary:
          'Move a provider through admission: self-evaluation → credit check → 7-day public notice → active; suspend or blacklist with a reason',
        params: IdParams,
        body: schemas.AdmissionBody,
        response: { 200: schemas.Provider, ...errorResponses },
      },
    },
    async (request) =>
      presentProvider(
        await organisations.changeAdmission(request.principal, request.params.id, request.body),
      ),
  )
}
