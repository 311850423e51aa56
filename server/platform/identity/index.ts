export { createIdentityService, toPrincipal, loginFailuresMax } from './identity.service'
export type { IdentityService, NewUser, PublicUser } from './identity.service'
export { registerIdentityRoutes } from './identity.routes'
export { demoPassword, hashPassword } from './passwords'
