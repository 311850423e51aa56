// Insights (洞察), under /insights: the corridor map with the flows between the nine cities and the integration
// index, the flow matrices with the records behind each cell, the index by city with its weights, the division of
// labour, indicators against targets, the G60 fund, and open data. Open data is also public (/open-data), outside
// the console's frame.
import {
  ApartmentOutlined,
  AimOutlined,
  DatabaseOutlined,
  DotChartOutlined,
  FundOutlined,
  HeatMapOutlined,
  LineChartOutlined,
  RadarChartOutlined,
} from '@ant-design/icons'
import type { Role } from '../../shared/api/types'
import { defineFeatureModule, type NavigationEntry } from '../../shared/module/featureModule'
import { lazyPage } from '../../shared/module/lazyPage'
import { translations } from './i18n'

const InsightsHomePage = lazyPage(() => import('./home/InsightsHomePage'), 'InsightsHomePage')
const FlowsPage = lazyPage(() => import('./flows/FlowsPage'), 'FlowsPage')
const IndexPage = lazyPage(() => import('./index/IndexPage'), 'IndexPage')
const LabourPage = lazyPage(() => import('./labour/LabourPage'), 'LabourPage')
const IndicatorsPage = lazyPage(() => import('./indicators/IndicatorsPage'), 'IndicatorsPage')
const FundPage = lazyPage(() => import('./fund/FundPage'), 'FundPage')
const OpenDataPage = lazyPage(() => import('./open-data/OpenDataPage'), 'OpenDataPage')
const PublicOpenDataPage = lazyPage(() => import('./open-data/OpenDataPage'), 'PublicOpenDataPage')

const access = {
  /** the corridor's figures: the office, the cities' officers and the workstations (records within their reach) */
  insights: ['corridor_admin', 'city_officer', 'workstation'],
} as const satisfies Record<string, readonly Role[]>

const leaf = (
  key: string,
  icon: NavigationEntry['icon'],
  path: string,
  labelKey: NavigationEntry['labelKey'],
) => ({
  key: `insights-${key}`,
  labelKey,
  icon,
  path,
})

const insightsEntry: NavigationEntry = {
  key: 'insights',
  labelKey: 'insights:nav.group',
  icon: <RadarChartOutlined />,
  roles: access.insights,
  children: [
    leaf('home', <DotChartOutlined />, '/insights', 'insights:nav.overview'),
    leaf('flows', <HeatMapOutlined />, '/insights/flows', 'insights:nav.flows'),
    leaf('index', <LineChartOutlined />, '/insights/index', 'insights:nav.index'),
    leaf('labour', <ApartmentOutlined />, '/insights/division-of-labour', 'insights:nav.labour'),
    leaf('indicators', <AimOutlined />, '/insights/indicators', 'insights:nav.indicators'),
    leaf('fund', <FundOutlined />, '/insights/fund', 'insights:nav.fund'),
    leaf('open-data', <DatabaseOutlined />, '/insights/open-data', 'insights:nav.openData'),
  ],
}

export const insightsModule = defineFeatureModule({
  id: 'insights',
  translations,
  access,
  routes: [
    {
      path: 'insights',
      crumb: 'insights:nav.group',
      children: [
        { index: true, page: InsightsHomePage, roles: access.insights },
        { path: 'flows', crumb: 'insights:nav.flows', page: FlowsPage, roles: access.insights },
        { path: 'index', crumb: 'insights:nav.index', page: IndexPage, roles: access.insights },
        {
          path: 'division-of-labour',
          crumb: 'insights:nav.labour',
          page: LabourPage,
          roles: access.insights,
        },
        {
          path: 'indicators',
          crumb: 'insights:nav.indicators',
          page: IndicatorsPage,
          roles: access.insights,
        },
        { path: 'fund', crumb: 'insights:nav.fund', page: FundPage, roles: access.insights },
        // the catalogue is public: every signed-in role may open it in the console too
        { path: 'open-data', crumb: 'insights:nav.openData', page: OpenDataPage },
      ],
    },
  ],
  // outside the console's frame: the open data catalogue needs no session
  publicRoutes: [{ path: '/open-data', page: PublicOpenDataPage }],
  menu: [{ order: 48, entry: insightsEntry }],
})
