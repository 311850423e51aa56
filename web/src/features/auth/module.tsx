// Signing in: the one page outside the console's frame, open without a session.
import { defineFeatureModule } from '../../shared/module/featureModule'
import { lazyPage } from '../../shared/module/lazyPage'
import { translations } from './i18n'

const SignInPage = lazyPage(() => import('./SignInPage'), 'SignInPage')

export const authModule = defineFeatureModule({
  id: 'auth',
  translations,
  publicRoutes: [{ path: '/login', page: SignInPage }],
})
