// Names for the API's shapes, taken from the generated schema so they never drift from the server.
import type { paths } from './schema'

type JsonOf<Response> = Response extends { content: { 'application/json': infer Body } } ? Body : never
type Ok<Path extends keyof paths, Method extends 'get' | 'post'> = paths[Path][Method] extends {
  responses: { 200: infer Response }
}
  ? JsonOf<Response>
  : paths[Path][Method] extends { responses: { 201: infer Response } }
    ? JsonOf<Response>
    : never

export type User = Ok<'/api/me', 'get'>
export type Role = User['role']
export type RegistrySummary = Ok<'/api/registry/summary', 'get'>
export type City = Ok<'/api/cities/{code}', 'get'>
export type Industry = Ok<'/api/industries/{code}', 'get'>
export type Park = Ok<'/api/parks/{id}', 'get'>
export type Alliance = Ok<'/api/alliances/{id}', 'get'>
export type AllianceTree = Ok<'/api/alliances', 'get'>
export type AllianceMember = Ok<'/api/alliances/{id}/members', 'get'>['items'][number]
export type Firm = Ok<'/api/firms/{id}', 'get'>
export type FirmFigures = Ok<'/api/firms/{id}/figures', 'get'>
export type Institution = Ok<'/api/institutions/{id}', 'get'>
export type Provider = Ok<'/api/providers/{id}', 'get'>
export type CreateUserBody = NonNullable<
  paths['/api/users']['post']['requestBody']
>['content']['application/json']

export type FirmStage = Firm['stage']
export type FirmSize = Firm['size']
export type InstitutionKind = Institution['kind']
export type ProviderKind = Provider['kind']
export type AdmissionStatus = Provider['admissionStatus']
export type AllianceTier = Alliance['tier']
