// Routes declared as data. Each operation names its path, its schemas and its answer; defineRoutes() fills in what
// every route of a group shares (its tags, the error answers, the status of a creating route) and registers them in
// the order given, which is the order of the API document. A handler gets its params, query and body typed from their
// TypeBox schemas and returns the answer, which must match the answer's schema; one that sends its own reply (a file,
// a stored answer) returns the reply.
import type {
  FastifyContextConfig,
  FastifyInstance,
  FastifyReply,
  FastifyRequest,
  FastifySchema,
  HTTPMethods,
} from 'fastify'
import { Type, type Static, type TSchema } from 'typebox'
import { assert } from '../errors'
import { answerUnderKey } from '../idempotency/idempotency.plugin'
import { errorResponses } from './schemas'

type StaticOf<Schema> = Schema extends TSchema ? Static<Schema> : unknown

/** What a route's request carries, from its schemas: an absent schema leaves its part unknown. */
export interface RouteTypes<Params, Query, Body> {
  Params: StaticOf<Params>
  Querystring: StaticOf<Query>
  Body: StaticOf<Body>
  Reply: unknown
}

export type RouteRequest<Params, Query, Body> = FastifyRequest<RouteTypes<Params, Query, Body>>
export type RouteReply<Params, Query, Body> = FastifyReply<RouteTypes<Params, Query, Body>>

/** The error answers a route declares: the usual set unless told; false for a route that refuses nothing. */
type ErrorAnswers = Readonly<Record<number, TSchema>> | false

/**
 * One operation of the API document. Its operationId, summary and description are required so that no route reaches
 * the document without them: client generators name their methods after the operationId, and integrators read the
 * description for who may call it. params, querystring and body are the schemas its request is validated against.
 */
export interface Operation<Params, Query, Body> {
  /** stable, unique, camelCase and verb first (`listVoucherClaims`): renaming one breaks generated clients */
  operationId: string
  /** one line: what the operation does */
  summary: string
  /** a sentence or two: who may call it (roles, city scope) and what it does */
  description: string
  params?: Params
  querystring?: Query
  body?: Body
  errors?: ErrorAnswers
  /** route options the platform's hooks read, such as idempotency (see idempotency.plugin.ts) */
  config?: FastifyContextConfig
  bodyLimit?: number
}

/** The answer: `ok` (200) or `created` (201) with its schema, or `noContent` (204, no body). */
export type Answering<Answer> =
  | { ok: Answer; created?: undefined; noContent?: undefined }
  | { created: Answer; ok?: undefined; noContent?: undefined }
  | { noContent: true; ok?: undefined; created?: undefined }

export type RouteHandler<Params, Query, Body, Answer> = (
  request: RouteRequest<Params, Query, Body>,
  reply: RouteReply<Params, Query, Body>,
) => Answer extends TSchema ? Promise<Static<Answer> | FastifyReply> : Promise<void>

/** What every route of a group shares. */
export interface RouteGroup {
  tags: string[]
}

export interface Route {
  register(app: FastifyInstance, group: RouteGroup): void
}

type Schema = TSchema | undefined

function answerOf(answering: Answering<Schema>): { status: 200 | 201 | 204; schema: TSchema } {
  if (answering.noContent === true) return { status: 204, schema: Type.Null() }
  if (answering.created !== undefined) return { status: 201, schema: answering.created }
  assert(answering.ok !== undefined, 'a route answers ok, created or noContent')
  return { status: 200, schema: answering.ok }
}

function schemaOf(
  operation: Operation<Schema, Schema, Schema>,
  group: RouteGroup,
  answer: { status: number; schema: TSchema },
): FastifySchema & { tags: string[]; operationId: string; summary: string; description: string } {
  const errors = operation.errors ?? errorResponses
  return {
    tags: group.tags,
    operationId: operation.operationId,
    summary: operation.summary,
    description: operation.description,
    ...(operation.params !== undefined ? { params: operation.params } : {}),
    ...(operation.querystring !== undefined ? { querystring: operation.querystring } : {}),
    ...(operation.body !== undefined ? { body: operation.body } : {}),
    response: { [answer.status]: answer.schema, ...(errors === false ? {} : errors) },
  }
}

/** What the API document says of an operation, required of every route (see Operation). */
type OperationDocument = Pick<
  Operation<undefined, undefined, undefined>,
  'operationId' | 'summary' | 'description'
>
/** The rest of an operation, from which its request and answer types are read. */
type OperationShape = Omit<Operation<Schema, Schema, Schema>, keyof OperationDocument> & Answering<Schema>
type SchemaAt<Op, Key extends string> = Op extends { [K in Key]: infer Found extends TSchema }
  ? Found
  : undefined
type AnswerSchemaOf<Op> = Op extends { ok: infer Found extends TSchema }
  ? Found
  : Op extends { created: infer Found extends TSchema }
    ? Found
    : undefined

function method(name: HTTPMethods) {
  // The operation's type is inferred apart from its document fields, so a route that lacks one is refused with
  // "property 'description' is missing" rather than with its params, query and body typed as unknown.
  return <Op extends OperationShape>(
    url: string,
    operation: Op & OperationDocument,
    handler: RouteHandler<
      SchemaAt<Op, 'params'>,
      SchemaAt<Op, 'querystring'>,
      SchemaAt<Op, 'body'>,
      AnswerSchemaOf<Op>
    >,
  ): Route => ({
    register(app, group) {
      const answer = answerOf(operation)
      app.route<RouteTypes<SchemaAt<Op, 'params'>, SchemaAt<Op, 'querystring'>, SchemaAt<Op, 'body'>>>({
        method: name,
        url,
        schema: schemaOf(operation, group, answer),
        ...(operation.config !== undefined ? { config: operation.config } : {}),
        ...(operation.bodyLimit !== undefined ? { bodyLimit: operation.bodyLimit } : {}),
        // A keyed mutation's work, key and answer commit together (answerUnderKey); without a key it just runs.
        handler: async (request, reply) => {
          reply.code(answer.status)
          const answered = await answerUnderKey(request, reply, () => handler(request, reply))
          if (answer.status === 204 && answered !== reply) return reply.code(204).send(null)
          return answered
        },
      })
    },
  })
}

export const get = method('GET')
export const post = method('POST')
export const put = method('PUT')
export const patch = method('PATCH')
export const del = method('DELETE')

/** Registers a group of routes in the order given. */
export function defineRoutes(app: FastifyInstance, group: RouteGroup, routes: readonly Route[]) {
  for (const route of routes) route.register(app, group)
}
