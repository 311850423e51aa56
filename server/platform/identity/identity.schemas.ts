import { Type } from 'typebox'
import { roles } from '../authorization'
import { StrictObject, Timestamp } from '../http/schemas'

export const RoleSchema = Type.Enum(roles, {
  description: 'corridor_admin, city_officer, firm, provider, financier, workstation or professional',
})

export const UserSchema = Type.Object({
  id: Type.String(),
  username: Type.String(),
  displayNameZh: Type.String(),
  displayNameEn: Type.String(),
  role: RoleSchema,
  cityCode: Type.Union([Type.String(), Type.Null()]),
  organisationId: Type.Union([Type.String(), Type.Null()]),
})

export const LoginBody = StrictObject({
  username: Type.String({ minLength: 1, maxLength: 64 }),
  password: Type.String({ minLength: 1, maxLength: 200 }),
})

export const LoginResponse = Type.Object({ user: UserSchema, expiresAt: Timestamp })

export const CreateUserBody = StrictObject({
  username: Type.String({ minLength: 3, maxLength: 64, pattern: '^[a-z0-9][a-z0-9._-]*$' }),
  password: Type.String({ minLength: 1, maxLength: 200 }),
  displayNameZh: Type.String({ minLength: 1, maxLength: 100 }),
  displayNameEn: Type.String({ minLength: 1, maxLength: 100 }),
  role: RoleSchema,
  cityCode: Type.Optional(Type.Union([Type.String({ maxLength: 8 }), Type.Null()])),
  organisationId: Type.Optional(Type.Union([Type.String({ maxLength: 64 }), Type.Null()])),
})

export const CreateApiTokenBody = StrictObject({ name: Type.String({ minLength: 1, maxLength: 100 }) })

export const ApiTokenCreated = Type.Object({
  id: Type.String(),
  name: Type.String(),
  token: Type.String({ description: 'Shown once: send it as "Authorization: Bearer <token>"' }),
  createdAt: Timestamp,
})
