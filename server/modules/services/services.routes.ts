// Routes of the one-stop services: the catalogue (public to read), the cases (filed with files, moved by their
// parties), the figures and the talent cards.
import type { FastifyInstance } from 'fastify'
import { sendFile, FileResponse } from '../../platform/http/files'
import { defineRoutes, get, post, put, type Route } from '../../platform/http/routes'
import { IdParams, StrictObject, presentPage } from '../../platform/http/schemas'
import { UploadBody } from '../../platform/http/uploads'
import type { CaseMoves } from './case-moves.service'
import type { CaseFiling } from './case-filing.service'
import type { CasesService } from './cases.service'
import type { FiguresService } from './figures.service'
import type { ItemsService } from './items.service'
import * as schemas from './services.schemas'
import {
  presentCase,
  presentCaseSummary,
  presentFigures,
  presentItem,
  presentTalentCard,
  presentVersion,
  departmentNamed,
} from './services.presenters'
import { shanghaiDateOf } from '../../platform/calendar'
import type { TalentCardsService } from './talent-cards.service'

export interface ServicesServices {
  items: ItemsService
  filing: CaseFiling
  moves: CaseMoves
  cases: CasesService
  figures: FiguresService
  talentCards: TalentCardsService
}

const CaseParams = IdParams
const MaterialParams = StrictObject({ id: IdParams.properties.id, materialId: IdParams.properties.id })

function itemRoutes(items: ItemsService): Route[] {
  return [
    get(
      '/api/service-items',
      {
        summary:
          'The service catalogue: search in Chinese or English, filter by city, mode, department, licence',
        querystring: schemas.ItemQuery,
        ok: schemas.ItemPage,
      },
      async (request) => {
        const { q, city, mode, department, category, licence, cursor, limit } = request.query
        const page = await items.listItems({
          search: q,
          cityCode: city,
          mode,
          departmentCode: department,
          category,
          endsInLicence: licence,
          ...(cursor !== undefined ? { cursor } : {}),
          ...(limit !== undefined ? { limit } : {}),
        })
        return presentPage(page, presentItem)
      },
    ),
    get('/api/service-items/:code', { params: schemas.ItemCodeParams, ok: schemas.Item }, async (request) =>
      presentItem(await items.getItem(request.params.code)),
    ),
    get(
      '/api/service-items/:code/versions',
      {
        summary: "An item's versions, newest first",
        params: schemas.ItemCodeParams,
        ok: schemas.ItemVersions,
      },
      async (request) => ({
        items: (await items.versions(request.params.code)).map(presentVersion),
      }),
    ),
    post(
      '/api/service-items',
      { summary: 'Add an item (the corridor office)', body: schemas.NewItemBody, created: schemas.Item },
      async (request) => {
        const { code, ...item } = request.body
        return presentItem(await items.createItem(request.principal, code, item))
      },
    ),
    put(
      '/api/service-items/:code',
      {
        summary:
          'A new version of an item (the corridor office); cases keep the version they were filed under',
        params: schemas.ItemCodeParams,
        body: schemas.ItemBody,
        ok: schemas.Item,
      },
      async (request) =>
        presentItem(await items.updateItem(request.principal, request.params.code, request.body)),
    ),
    put(
      '/api/service-items/:code/active',
      {
        summary:
          'The corridor office stops an item taking applications (停办) or restores it, with the reason',
        params: schemas.ItemCodeParams,
        body: schemas.ItemActiveBody,
        ok: schemas.Item,
      },
      async (request) =>
        presentItem(
          await items.setItemActive(
            request.principal,
            request.params.code,
            request.body.active,
            request.body.reason,
          ),
        ),
    ),
    get(
      '/api/service-departments',
      { summary: 'The departments that decide items', ok: schemas.Departments },
      async () => ({
        items: (await items.departments()).map((department) => departmentNamed(department.code)),
      }),
    ),
  ]
}

/** A route's answer after a move: the case as the caller now sees it. */
function caseDetail(cases: CasesService) {
  return async (principal: Parameters<CasesService['getCase']>[0], id: string) =>
    presentCase(await cases.getCase(principal, id))
}

function caseRoutes(services: ServicesServices): Route[] {
  const { cases, filing } = services
  const detail = caseDetail(cases)
  return [
    post(
      '/api/service-cases',
      {
        summary:
          'Apply for an item at a window city, with the materials (multipart: `application` and the files)',
        body: UploadBody(schemas.Application),
        created: schemas.Case,
        config: { uploads: true },
      },
      async (request) => {
        const filed = await filing.fileCase(
          request.principal,
          request.body.application,
          request.uploads ?? [],
        )
        return presentCase(cases.filedCase(request.principal, filed))
      },
    ),
    get(
      '/api/service-cases',
      {
        summary:
          "Cases as each party works: the applicant's, a window's intake, a city's deciding queue, a city's history",
        querystring: schemas.CaseQuery,
        ok: schemas.CasePage,
      },
      async (request) => {
        const page = await cases.listCases(request.principal, request.query)
        const today = shanghaiDateOf()
        return { ...page, items: page.items.map((found) => presentCaseSummary(found, today)) }
      },
    ),
    get('/api/service-cases/:id', { params: CaseParams, ok: schemas.Case }, async (request) =>
      detail(request.principal, request.params.id),
    ),
    get(
      '/api/service-cases/:id/materials/:materialId',
      {
        summary: 'A material file, as handed in (its SHA-256 is on the case)',
        params: MaterialParams,
        ok: FileResponse,
      },
      async (request, reply) => {
        const file = await cases.getMaterialFile(
          request.principal,
          request.params.id,
          request.params.materialId,
        )
        return sendFile(reply, {
          fileName: file.fileName ?? file.materialCode,
          contentType: file.contentType ?? 'application/octet-stream',
          body: file.content,
        })
      },
    ),
  ]
}

/** The window city's pre-review, each answering with the case as the caller now sees it. */
function windowMoveRoutes(services: ServicesServices): Route[] {
  const { cases, moves } = services
  const detail = caseDetail(cases)
  return [
    post(
      '/api/service-cases/:id/accept',
      {
        summary: 'The window accepts and routes the case; its clock starts',
        params: CaseParams,
        body: schemas.CaseNoteBody,
        ok: schemas.Case,
      },
      async (request) => {
        await moves.accept(request.principal, request.params.id, request.body.note ?? null)
        return detail(request.principal, request.params.id)
      },
    ),
    post(
      '/api/service-cases/:id/request-materials',
      {
        summary: 'The window asks once for what is missing (一次性告知)',
        params: CaseParams,
        body: schemas.CaseRequestBody,
        ok: schemas.Case,
      },
      async (request) => {
        await moves.requestMaterials(request.principal, request.params.id, request.body.note)
        return detail(request.principal, request.params.id)
      },
    ),
    post(
      '/api/service-cases/:id/not-accept',
      {
        summary: 'The window does not accept the case (不予受理), with the reason',
        params: CaseParams,
        body: schemas.CaseReasonBody,
        ok: schemas.Case,
      },
      async (request) => {
        await moves.notAccept(request.principal, request.params.id, request.body.reason)
        return detail(request.principal, request.params.id)
      },
    ),
  ]
}

/** The competent city's decision and its request for more. */
function decisionMoveRoutes(services: ServicesServices): Route[] {
  const { cases, moves } = services
  const detail = caseDetail(cases)
  return [
    post(
      '/api/service-cases/:id/pause',
      {
        summary: 'The deciding office asks for more; the clock stops',
        params: CaseParams,
        body: schemas.CaseRequestBody,
        ok: schemas.Case,
      },
      async (request) => {
        await moves.pauseForMaterials(request.principal, request.params.id, request.body.note)
        return detail(request.principal, request.params.id)
      },
    ),
    post(
      '/api/service-cases/:id/decide',
      {
        summary: 'The competent city decides: approve, approve with conditions, or refuse with the reason',
        params: CaseParams,
        body: schemas.DecisionBody,
        ok: schemas.Case,
      },
      async (request) => {
        const { decision, conditions, reason } = request.body
        const action =
          decision === 'approved' ? 'approve' : decision === 'refused' ? 'refuse' : 'approve_with_conditions'
        await moves.decide(request.principal, request.params.id, {
          action,
          ...(conditions !== undefined ? { conditions } : {}),
          ...(reason !== undefined ? { reason } : {}),
        })
        return detail(request.principal, request.params.id)
      },
    ),
  ]
}

/** The applicant's moves: more materials, withdrawal, rating. */
function applicantMoveRoutes(services: ServicesServices): Route[] {
  const { cases, moves } = services
  const detail = caseDetail(cases)
  return [
    post(
      '/api/service-cases/:id/supplement',
      {
        summary: 'The applicant hands in what the window asked for (multipart)',
        params: CaseParams,
        body: UploadBody(schemas.Supplement),
        ok: schemas.Case,
        config: { uploads: true },
      },
      async (request) => {
        await moves.supplement(
          request.principal,
          request.params.id,
          request.body.application.materials,
          request.uploads ?? [],
        )
        return detail(request.principal, request.params.id)
      },
    ),
    post(
      '/api/service-cases/:id/resume',
      {
        summary:
          'The applicant hands in what the deciding office asked for (multipart); the clock runs again',
        params: CaseParams,
        body: UploadBody(schemas.Supplement),
        ok: schemas.Case,
        config: { uploads: true },
      },
      async (request) => {
        await moves.resumeWithMaterials(
          request.principal,
          request.params.id,
          request.body.application.materials,
          request.uploads ?? [],
        )
        return detail(request.principal, request.params.id)
      },
    ),
    post(
      '/api/service-cases/:id/withdraw',
      {
        summary: 'The applicant withdraws an open case',
        params: CaseParams,
        body: schemas.WithdrawBody,
        ok: schemas.Case,
      },
      async (request) => {
        await moves.withdraw(request.principal, request.params.id, request.body.reason ?? null)
        return detail(request.principal, request.params.id)
      },
    ),
    post(
      '/api/service-cases/:id/rating',
      {
        summary: 'The applicant rates a closed case once (好差评)',
        params: CaseParams,
        body: schemas.RatingBody,
        ok: schemas.Case,
      },
      async (request) => {
        await cases.rateCase(request.principal, request.params.id, request.body)
        return detail(request.principal, request.params.id)
      },
    ),
  ]
}

function figureRoutes(services: ServicesServices): Route[] {
  return [
    get(
      '/api/service-figures',
      {
        summary: 'Cases by city pair, the share decided on time, ratings, the overdue list',
        querystring: schemas.FiguresQuery,
        ok: schemas.Figures,
      },
      async (request) =>
        presentFigures(
          await services.figures.figures(request.principal, {
            from: request.query.periodStart,
            to: request.query.periodEnd,
          }),
        ),
    ),
    get(
      '/api/me/talent-cards',
      { summary: 'My G60 talent cards and their entitlements', ok: schemas.TalentCards },
      async (request) => ({
        items: (await services.talentCards.myCards(request.principal)).map(presentTalentCard),
      }),
    ),
  ]
}

export function registerServicesRoutes(app: FastifyInstance, services: ServicesServices) {
  defineRoutes(app, { tags: ['services'] }, [
    ...itemRoutes(services.items),
    ...caseRoutes(services),
    ...windowMoveRoutes(services),
    ...decisionMoveRoutes(services),
    ...applicantMoveRoutes(services),
    ...figureRoutes(services),
  ])
}
