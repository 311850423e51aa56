// The workbench raises only the platform's codes (AUTH_REQUIRED, FORBIDDEN): it reads, it never refuses a value.
import { defineErrors } from '../../platform/errors'

export const workbenchErrors = defineErrors({})
