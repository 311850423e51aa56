// The home page: the corridor's key figures, its map and the city ranking, the first page after signing in.
import { HomeOutlined } from '@ant-design/icons'
import { queryClient } from '../../shared/api/queryClient'
import { defineFeatureModule } from '../../shared/module/featureModule'
import { lazyPage } from '../../shared/module/lazyPage'
import { citiesQuery, registrySummaryQuery } from '../../shared/reference/reference.queries'
import { translations } from './i18n'
import { workbenchQuery } from './workbench.queries'

const HomePage = lazyPage(() => import('./HomePage'), 'HomePage')

export const homeModule = defineFeatureModule({
  id: 'home',
  translations,
  routes: [
    {
      index: true,
      page: HomePage,
      // the page's code and data start loading with the navigation, alongside the session check
      preload: () => {
        void HomePage.preload()
        void queryClient.prefetchQuery(registrySummaryQuery)
        void queryClient.prefetchQuery(citiesQuery)
        void queryClient.prefetchQuery(workbenchQuery)
      },
    },
  ],
  menu: [{ order: 0, entry: { key: 'home', labelKey: 'nav.home', icon: <HomeOutlined />, path: '/' } }],
})
