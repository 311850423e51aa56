// The side menu's tech-finance entries: a firm's score, needs and referrals; an institution's products and referral
// queue; the workstation's case board; firm score cards and figures for the offices; the scoring parameters for
// the corridor office (the group is hidden from roles that have none).
import {
  AimOutlined,
  BarChartOutlined,
  FileSearchOutlined,
  FundOutlined,
  InboxOutlined,
  ProjectOutlined,
  SafetyCertificateOutlined,
  SlidersOutlined,
  TrophyOutlined,
} from '@ant-design/icons'
import { pageAccess } from './access'
import type { NavigationEntry } from './navigation'

export const financeEntries: NavigationEntry[] = [
  {
    key: 'finance-score',
    labelKey: 'finance.nav.myScore',
    icon: <TrophyOutlined />,
    path: '/finance/score',
    roles: pageAccess.financeFirm,
  },
  {
    key: 'finance-needs',
    labelKey: 'finance.nav.needs',
    icon: <AimOutlined />,
    path: '/finance/needs',
    roles: pageAccess.financeNeeds,
  },
  {
    key: 'finance-referrals',
    labelKey: 'finance.nav.myReferrals',
    icon: <SafetyCertificateOutlined />,
    path: '/finance/referrals',
    roles: pageAccess.financeFirm,
  },
  {
    key: 'finance-products',
    labelKey: 'finance.nav.products',
    icon: <FundOutlined />,
    path: '/finance/products',
    roles: pageAccess.financeInstitution,
  },
  {
    key: 'finance-queue',
    labelKey: 'finance.nav.queue',
    icon: <InboxOutlined />,
    path: '/finance/queue',
    roles: pageAccess.financeInstitution,
  },
  {
    key: 'finance-cases',
    labelKey: 'finance.nav.cases',
    icon: <ProjectOutlined />,
    path: '/finance/cases',
    roles: pageAccess.financeCases,
  },
  {
    key: 'finance-firms',
    labelKey: 'finance.nav.firmScores',
    icon: <FileSearchOutlined />,
    path: '/finance/firms',
    roles: pageAccess.financeFirmScores,
  },
  {
    key: 'finance-figures',
    labelKey: 'finance.nav.figures',
    icon: <BarChartOutlined />,
    path: '/finance/figures',
    roles: pageAccess.financeFigures,
  },
  {
    key: 'finance-parameters',
    labelKey: 'finance.nav.parameters',
    icon: <SlidersOutlined />,
    path: '/finance/parameters',
    roles: pageAccess.financeParameters,
  },
]
