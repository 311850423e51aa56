// The filters an open data set may honour (each set lists its own), and the fund's seven industries, named by the
// console since the fund's figures are for signed-in users.

export const openDataFilters = ['city', 'industry', 'period', 'kind', 'scope'] as const
export type OpenDataFilter = (typeof openDataFilters)[number]

export function isKnownFilter(filter: string): filter is OpenDataFilter {
  return openDataFilters.some((known) => known === filter)
}

export const fundIndustryCodes = [
  'integrated_circuits',
  'biomedicine',
  'artificial_intelligence',
  'high_end_equipment',
  'new_materials',
  'new_energy',
  'new_energy_vehicles',
] as const

export const columnKinds = ['text', 'integer', 'decimal', 'percent', 'yuan', 'date', 'datetime'] as const
export type ColumnKind = (typeof columnKinds)[number]

export function isColumnKind(kind: string): kind is ColumnKind {
  return columnKinds.some((known) => known === kind)
}

export const frequencies = ['daily', 'monthly', 'yearly', 'on_change'] as const
export type Frequency = (typeof frequencies)[number]

export function isFrequency(frequency: string): frequency is Frequency {
  return frequencies.some((known) => known === frequency)
}
