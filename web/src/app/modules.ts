// The console's feature modules: the one place in app/ that names them. The router, the side menu and i18n are
// built by looping over this list; a new module declares itself in features/<module>/module.tsx and is added here.
import { adminModule } from '../features/admin/module'
import { authModule } from '../features/auth/module'
import { financeModule } from '../features/finance/module'
import { homeModule } from '../features/home/module'
import { inboxModule } from '../features/inbox/module'
import { insightsModule } from '../features/insights/module'
import { instrumentsModule } from '../features/instruments/module'
import { licencesModule } from '../features/licences/module'
import { policiesModule } from '../features/policies/module'
import { registryModule } from '../features/registry/module'
import { servicesModule } from '../features/services/module'
import { vouchersModule } from '../features/vouchers/module'
import type { FeatureModule } from '../shared/module/featureModule'

export const featureModules: readonly FeatureModule[] = [
  authModule,
  homeModule,
  registryModule,
  vouchersModule,
  instrumentsModule,
  financeModule,
  servicesModule,
  licencesModule,
  policiesModule,
  insightsModule,
  adminModule,
  inboxModule,
]
