// What an import's refusal says about each row (INSIGHTS_IMPORT_INVALID's details: row, column and reason), read
// defensively from the error's details.

export const importColumns = [
  'indicator_code',
  'scope',
  'period_end',
  'value',
  'source',
  'published_on',
] as const

export interface RowError {
  row: number
  column: string | null
  reason: string
}

function isRowError(value: unknown): value is RowError {
  if (typeof value !== 'object' || value === null) return false
  return (
    'row' in value &&
    typeof value.row === 'number' &&
    'reason' in value &&
    typeof value.reason === 'string' &&
    'column' in value &&
    (value.column === null || typeof value.column === 'string')
  )
}

export function rowErrorsOf(details: Record<string, unknown>): RowError[] {
  const errors = details.errors
  return Array.isArray(errors) ? errors.filter(isRowError) : []
}

export const importReasons = [
  'indicator_unknown',
  'indicator_measured',
  'scope_invalid',
  'scope_forbidden',
  'source_missing',
  'value_out_of_range',
  'value_precision',
  'period_end_invalid',
  'published_before_period_end',
  'published_after_today',
  'required',
  'cell_error',
  'number_invalid',
  'date_invalid',
  'text_invalid',
  'text_too_long',
  'duplicate',
  'duplicate_in_file',
  'cell_outside_header',
] as const

export type ImportReason = (typeof importReasons)[number]

export function isImportReason(reason: string): reason is ImportReason {
  return importReasons.some((known) => known === reason)
}
