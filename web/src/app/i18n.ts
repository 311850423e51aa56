// Starts i18next with the common texts and each feature module's namespace.
import { setUpTranslations } from '../shared/i18n/i18n'
import { featureModules } from './modules'

setUpTranslations(Object.fromEntries(featureModules.map((module) => [module.id, module.translations])))
