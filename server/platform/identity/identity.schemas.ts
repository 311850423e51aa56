import { Type } from 'typebox'
import { roles } from '../authorization'
import { SortQuery } from '../http/list'
import { PageQuery, StrictObject, Timestamp } from '../http/schemas'

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
  passwordChangeRequired: Type.Boolean({
    description: 'true until the user changes a password the office reset',
  }),
})

export const LoginBody = StrictObject({
  username: Type.String({ minLength: 1, maxLength: 64 }),
  password: Type.String({ minLength: 1, maxLength: 200 }),
})

export const LoginResponse = Type.Object({
  user: UserSchema,
  expiresAt: Timestamp,
  passwordChangeRequired: Type.Boolean({
    description:
      'true after a password reset: every route but POST /api/me/password answers PASSWORD_CHANGE_REQUIRED',
  }),
})

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

const CityCodeField = Type.String({ minLength: 2, maxLength: 8 })
const OrganisationIdField = Type.String({ minLength: 3, maxLength: 64 })
const NullableName = Type.Union([Type.String(), Type.Null()])

export const userSorts = ['createdAt', 'username'] as const
export const userStatuses = ['enabled', 'disabled'] as const

export const UserListQuery = StrictObject({
  ...PageQuery,
  q: Type.Optional(
    Type.String({
      maxLength: 100,
      description: 'Part of the username, a display name or the organisation name',
    }),
  ),
  role: Type.Optional(RoleSchema),
  city: Type.Optional(CityCodeField),
  organisation: Type.Optional(OrganisationIdField),
  status: Type.Optional(Type.Enum(userStatuses)),
  ...SortQuery(userSorts, '-createdAt'),
})

/** A user as the administration sees them: names of the city and organisation in both languages, and the status. */
export const UserListItem = Type.Object({
  id: Type.String(),
  username: Type.String(),
  displayNameZh: Type.String(),
  displayNameEn: Type.String(),
  role: RoleSchema,
  cityCode: Type.Union([Type.String(), Type.Null()]),
  cityNameZh: NullableName,
  cityNameEn: NullableName,
  organisationId: Type.Union([Type.String(), Type.Null()]),
  organisationNameZh: NullableName,
  organisationNameEn: NullableName,
  disabled: Type.Boolean(),
  passwordChangeRequired: Type.Boolean(),
  isDemo: Type.Boolean(),
  createdAt: Timestamp,
  updatedAt: Timestamp,
})

export const UserListPage = Type.Object({
  items: Type.Array(UserListItem),
  nextCursor: Type.Union([Type.String(), Type.Null()], { description: 'null on the last page' }),
  total: Type.Integer({ description: 'Exact when totalIsExact; otherwise at least this many' }),
  totalIsExact: Type.Boolean(),
})

export const UpdateUserBody = StrictObject(
  {
    role: Type.Optional(RoleSchema),
    cityCode: Type.Optional(Type.Union([CityCodeField, Type.Null()])),
    organisationId: Type.Optional(Type.Union([OrganisationIdField, Type.Null()])),
  },
  { description: 'The fields given replace the user’s; the result must hold as a new user’s would' },
)

export const ResetPasswordBody = StrictObject({
  temporaryPassword: Type.Optional(
    Type.String({ minLength: 1, maxLength: 200, description: 'Omitted: the server generates one' }),
  ),
})

export const PasswordReset = Type.Object({
  user: UserListItem,
  temporaryPassword: Type.Union([Type.String(), Type.Null()], {
    description: 'The generated password, shown once; null when the office chose it',
  }),
})

export const ChangePasswordBody = StrictObject({
  currentPassword: Type.String({ minLength: 1, maxLength: 200 }),
  newPassword: Type.String({ minLength: 1, maxLength: 200 }),
})
