// Maps the server's answer to a refused user to the form's fields, so each problem shows where it belongs.
import { ApiError } from '../../../shared/api/errors'

export const userFields = [
  'username',
  'password',
  'displayNameZh',
  'displayNameEn',
  'role',
  'cityCode',
  'organisationId',
] as const
export type UserField = (typeof userFields)[number]

function asField(candidate: unknown): UserField | undefined {
  return userFields.find((field) => field === candidate)
}

/** The fields an error names: by error code, by `details.field`, or by each schema problem's path. */
export function fieldsOf(error: ApiError): UserField[] {
  if (error.code === 'USER_EXISTS') return ['username']
  if (error.code === 'PASSWORD_TOO_WEAK') return ['password']
  const named = asField(error.details.field)
  if (named !== undefined) return [named]
  const problems = error.details.problems
  if (!Array.isArray(problems)) return []
  const fields = problems.flatMap((problem: unknown) => {
    if (typeof problem !== 'object' || problem === null) return []
    const path = 'path' in problem && typeof problem.path === 'string' ? problem.path.replace(/^\//, '') : ''
    const field = asField(path.split('/')[0]) ?? ('field' in problem ? asField(problem.field) : undefined)
    return field === undefined ? [] : [field]
  })
  return [...new Set(fields)]
}
