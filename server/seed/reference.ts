export { ensureRegistryReferenceData } from '../modules/registry'
