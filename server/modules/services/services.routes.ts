// Routes of the one-stop services: the catalogue (public to read), the cases (filed with files, moved by their
// parties), the figures and the talent cards.
import type { FastifyInstance } from 'fastify'
import { exportRoute, exportRowsMax } from '../../platform/export'
import { sendFile, FileResponse } from '../../platform/http/files'
import { presentListPage } from '../../platform/http/list'
import { defineRoutes, get, post, put, type Route } from '../../platform/http/routes'
import { IdParams, StrictObject } from '../../platform/http/schemas'
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

/** The catalogue's query as the items service reads it. */
function itemFilterOf(query: schemas.ItemQueryInput) {
  const { q, city, mode, department, category, licence, sort, cursor, limit } = query
  return {
    search: q,
    cityCode: city,
    mode,
    departmentCode: department,
    category,
    endsInLicence: licence,
    sort,
    cursor,
    limit,
  }
}

function itemRoutes(items: ItemsService): Route[] {
  return [
    get(
      '/api/service-items',
      {
        operationId: 'listServiceItems',
        summary:
          'The service catalogue: search in Chinese or English, filter by city, mode, department, licence',
        description: 'Anyone: the cross-city one-stop service catalogue, paged.',
        querystring: schemas.ItemQuery,
        ok: schemas.ItemPage,
      },
      async (request) => presentListPage(await items.listItems(itemFilterOf(request.query)), presentItem),
    ),
    exportRoute(
      '/api/service-items/export',
      {
        operationId: 'exportServiceItems',
        summary: 'The service catalogue as CSV or an Excel workbook',
        description: `Anyone: the same filters and order as the catalogue, at most ${exportRowsMax} items, with cities and departments by name and fees in yuan.`,
        querystring: schemas.ItemExportQuery,
      },
      async (request, rowsMax) => items.exportItems(itemFilterOf(request.query), rowsMax),
    ),
    get(
      '/api/service-items/:code',
      {
        operationId: 'getServiceItem',
        summary: 'Get a service item',
        description: 'Anyone: the current version of a catalogue item with its materials and promised days.',
        params: schemas.ItemCodeParams,
        ok: schemas.Item,
      },
      async (request) => presentItem(await items.getItem(request.params.code)),
    ),
    get(
      '/api/service-items/:code/versions',
      {
        operationId: 'listServiceItemVersions',
        summary: "An item's versions, newest first",
        description: 'Anyone: every version of a catalogue item.',
        params: schemas.ItemCodeParams,
        ok: schemas.ItemVersions,
      },
      async (request) => ({
        items: (await items.versions(request.params.code)).map(presentVersion),
      }),
    ),
    post(
      '/api/service-items',
      {
        operationId: 'createServiceItem',
        summary: 'Add an item (the corridor office)',
        description: 'The corridor office only.',
        body: schemas.NewItemBody,
        created: schemas.Item,
      },
      async (request) => {
        const { code, ...item } = request.body
        return presentItem(await items.createItem(request.principal, code, item))
      },
    ),
    put(
      '/api/service-items/:code',
      {
        operationId: 'updateServiceItem',
        summary:
          'A new version of an item (the corridor office); cases keep the version they were filed under',
        description: 'The corridor office only: stores the item as a new version.',
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
        operationId: 'setServiceItemActive',
        summary:
          'The corridor office stops an item taking applications (停办) or restores it, with the reason',
        description: 'The corridor office only; a reason is required.',
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
      {
        operationId: 'listServiceDepartments',
        summary: 'The departments that decide items',
        description: 'Anyone: the departments of each city that decide catalogue items.',
        ok: schemas.Departments,
      },
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
        operationId: 'fileServiceCase',
        summary:
          'Apply for an item at a window city, with the materials (multipart: `application` and the files)',
        description:
          'A firm, or a professional for a talent item: files a case at a window city for another city to decide.',
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
        operationId: 'listServiceCases',
        summary:
          "Cases as each party works: the applicant's, a window's intake, a city's deciding queue, a city's history",
        description:
          "The applicant sees their own cases; city officers their city's intake, deciding queue or history; the corridor office all.",
        querystring: schemas.CaseQuery,
        ok: schemas.CasePage,
      },
      async (request) => {
        const page = await cases.listCases(request.principal, request.query)
        const today = shanghaiDateOf()
        return presentListPage(page, (found) => presentCaseSummary(found, today))
      },
    ),
    exportRoute(
      '/api/service-cases/export',
      {
        operationId: 'exportServiceCases',
        summary: 'The cases list as CSV or an Excel workbook',
        description: `Whoever may list the cases, in the same view, filters and order as the list, at most ${exportRowsMax} rows, with items, applicants, cities and departments by name.`,
        querystring: schemas.CaseExportQuery,
      },
      async (request, rowsMax) => cases.exportCases(request.principal, request.query, rowsMax),
    ),
    get(
      '/api/service-cases/:id',
      {
        operationId: 'getServiceCase',
        summary: 'Get a service case',
        description:
          'The applicant, officers of the window and the competent city, and the corridor office; the answer lists the moves the caller may take.',
        params: CaseParams,
        ok: schemas.Case,
      },
      async (request) => detail(request.principal, request.params.id),
    ),
    get(
      '/api/service-cases/:id/materials/:materialId',
      {
        operationId: 'downloadServiceCaseMaterial',
        summary: 'A material file, as handed in (its SHA-256 is on the case)',
        description: 'The applicant, officers of the window and the competent city, and the corridor office.',
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
        operationId: 'acceptServiceCase',
        summary: 'The window accepts and routes the case; its clock starts',
        description: 'City officers of the window city or the corridor office, for a submitted case.',
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
        operationId: 'requestServiceCaseMaterials',
        summary: 'The window asks once for what is missing (一次性告知)',
        description: 'City officers of the window city or the corridor office, for a submitted case.',
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
        operationId: 'notAcceptServiceCase',
        summary: 'The window does not accept the case (不予受理), with the reason',
        description: 'City officers of the window city or the corridor office.',
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
        operationId: 'pauseServiceCase',
        summary: 'The deciding office asks for more; the clock stops',
        description: 'City officers of the competent city or the corridor office, for a case in review.',
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
        operationId: 'decideServiceCase',
        summary: 'The competent city decides: approve, approve with conditions, or refuse with the reason',
        description: 'City officers of the competent city or the corridor office, for a case in review.',
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
        operationId: 'supplementServiceCase',
        summary: 'The applicant hands in what the window asked for (multipart)',
        description: 'The applicant only, for a case the window sent back.',
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
        operationId: 'resumeServiceCase',
        summary:
          'The applicant hands in what the deciding office asked for (multipart); the clock runs again',
        description: 'The applicant only, for a case the deciding office paused.',
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
        operationId: 'withdrawServiceCase',
        summary: 'The applicant withdraws an open case',
        description: 'The applicant only, while the case is open.',
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
        operationId: 'rateServiceCase',
        summary: 'The applicant rates a closed case once (好差评)',
        description: 'The applicant only, once the case is closed.',
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
        operationId: 'getServiceFigures',
        summary: 'Cases by city pair, the share decided on time, ratings, the overdue list',
        description:
          "City officers and the corridor office; a city officer's overdue list is their own city's.",
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
      {
        operationId: 'listMyTalentCards',
        summary: 'My G60 talent cards and their entitlements',
        description: 'Any signed-in user: their own talent cards (professionals hold them).',
        ok: schemas.TalentCards,
      },
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
