// The instruments module's seed: what server/seed uses to generate and insert the demo sharing network.
export { generateInstrumentData } from './generate'
export { insertInstrumentData, type InstrumentSeedSummary } from './insert'
export type { InstrumentDemoData, InstrumentFigures, InstrumentGeneratorInput } from './types'
