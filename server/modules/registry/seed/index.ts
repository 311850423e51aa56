// The registry's seed: what server/seed uses to generate and insert the demo corridor's registry.
export { generateRegistryData, type RegistryGeneratorInput } from './generate'
export { insertRegistryData } from './insert'
export type {
  AllianceMemberRow,
  AllianceRow,
  FirmRow,
  InstitutionRow,
  ParkRow,
  ProviderRow,
  RegistryDemoData,
  RegistryFigures,
} from './context'
