// The services module's seed: what server/seed uses to generate and insert the demo corridor's one-stop cases.
export { generateServiceData } from './generate'
export { insertServiceData, type ServiceSeedSummary } from './insert'
export type {
  CaseEventRow,
  CaseTransitionRow,
  DemoProfessional,
  ServiceCaseRow,
  ServiceDemoData,
  ServiceFigures,
  ServiceGeneratorInput,
} from './types'
export { licenceGrantsOf } from './licences'
