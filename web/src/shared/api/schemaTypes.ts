// Reading the generated schema: what an operation answers with, what a mutation sends, what a GET is asked. The
// modules name their API's shapes with these, so the names never drift from the server.
import type { paths } from './schema'

type JsonOf<Response> = Response extends { content: { 'application/json': infer Body } } ? Body : never
type Method = 'get' | 'post' | 'patch' | 'put'

/** The JSON an operation answers with: its 200, else its 201. */
export type Ok<Path extends keyof paths, M extends Method> = paths[Path][M] extends {
  responses: { 200: infer Response }
}
  ? JsonOf<Response>
  : paths[Path][M] extends { responses: { 201: infer Response } }
    ? JsonOf<Response>
    : never

type BodyOf<Operation> = Operation extends { requestBody?: infer Request }
  ? JsonOf<NonNullable<Request>>
  : never

/** The JSON body a mutation sends. */
export type RequestBody<Path extends keyof paths, M extends 'post' | 'patch' | 'put'> = BodyOf<paths[Path][M]>

/** The query parameters of a GET. */
export type QueryOf<Path extends keyof paths> = paths[Path]['get'] extends {
  parameters: { query?: infer Query }
}
  ? NonNullable<Query>
  : never
