// Each demo role signs in and sees its own menu, with its name, role and city in the header.
import { describe, expect, it } from 'vitest'
import { openBrowser } from './browser'
import { menuEntries, signIn } from './journeys'

const registry = ['走廊名录', '九城', '园区', '产业联盟', '企业', '金融机构', '服务机构']
const voucherOffice = [
  '科技创新券',
  '申领审批',
  '创新券政策',
  '兑付审批',
  '结算批次',
  '跨城清算',
  '服务机构准入',
]
const voucherFirm = ['科技创新券', '我的创新券', '我的申领', '兑付确认']
const voucherProvider = ['科技创新券', '服务产品', '服务订单', '兑付申请']
const instrumentSearch = ['大型仪器共享', '仪器搜索']
const instrumentOfficer = [...instrumentSearch, '共享统计']
const instrumentFirm = [...instrumentSearch, '我的预约', '违约记录']
const instrumentProvider = [...instrumentFirm, '我的仪器', '预约审批', '共享统计']
const financeOfficer = ['科技金融', '融资需求', '工作站案例', '企业创新积分', '科技金融数据']
const financeFirm = ['科技金融', '我的创新积分', '融资需求', '我的推荐']
const financeBank = ['科技金融', '金融产品', '推荐队列']
const servicesOfficer = ['一网通办', '服务事项', '窗口受理', '审批办理', '办件查询', '办件统计']
const servicesFirm = ['一网通办', '服务事项', '我的办件']
const servicesTalent = ['一网通办', '人才服务窗口', '我的办件']
const policiesDeciders = ['政策兑现', '兑现名单', '政策库', '兑现数据']
const policiesFirm = ['政策兑现', '我的政策匹配', '政策库', '政策计算器']
const policiesStation = ['政策兑现', '兑现数据', '政策库']
const insights = [
  '洞察',
  '洞察首页',
  '跨城流动矩阵',
  '一体化指数',
  '产业分工',
  '指标与目标',
  'G60 科创基金',
  '开放数据',
]

const officerMenu = [
  '首页',
  ...voucherOffice,
  ...instrumentOfficer,
  ...financeOfficer,
  ...servicesOfficer,
  '本市签发的证照',
  ...policiesDeciders,
  ...insights,
  ...registry,
  // a city officer administers its own city's users
  '系统管理',
  '用户',
]
const firmMenu = [
  '首页',
  '我的企业',
  ...voucherFirm,
  ...instrumentFirm,
  ...financeFirm,
  ...servicesFirm,
  '我的证照',
  ...policiesFirm,
  ...registry,
]

const accounts = [
  {
    username: 'office',
    role: '走廊联席办',
    city: '九城全域',
    menu: [
      '首页',
      ...voucherOffice,
      ...instrumentOfficer,
      ...financeOfficer,
      '评分参数',
      ...servicesOfficer,
      '电子证照',
      '全部证照',
      '签发机关公钥',
      ...policiesDeciders,
      ...insights,
      ...registry,
      '系统管理',
      '用户',
      '工作日历',
    ],
  },
  { username: 'officer.sh', role: '城市主管部门', city: '上海（松江）', menu: officerMenu },
  { username: 'officer.hf', role: '城市主管部门', city: '合肥', menu: officerMenu },
  { username: 'firm.sh', role: '企业用户', city: '上海（松江）', menu: firmMenu },
  { username: 'firm.hf', role: '企业用户', city: '合肥', menu: firmMenu },
  {
    username: 'provider.sz',
    role: '服务机构',
    city: '苏州',
    menu: ['首页', '我的机构', ...voucherProvider, ...instrumentProvider, ...registry],
  },
  {
    username: 'bank.hz',
    role: '金融机构',
    city: '杭州',
    menu: ['首页', '我的金融机构', ...instrumentSearch, ...financeBank, ...registry],
  },
  {
    username: 'station.hf',
    role: '科技金融工作站',
    city: '合肥',
    menu: ['首页', ...instrumentSearch, ...financeOfficer, ...policiesStation, ...insights, ...registry],
  },
  {
    username: 'talent.hz',
    role: '人才',
    city: '杭州',
    menu: ['首页', ...instrumentSearch, ...servicesTalent, ...registry],
  },
]

describe('role-aware menu', () => {
  it.each(accounts)('$username sees the menu of its role', async (account) => {
    const browser = await openBrowser()
    try {
      const { page } = browser
      await signIn(page, account.username)
      expect(await menuEntries(page)).toEqual(account.menu)
      expect(await page.locator('[data-testid=current-role]').textContent()).toBe(account.role)
      const city = await page.locator('[data-testid=current-city]').textContent()
      expect(city?.replace(/\s/g, '')).toContain(account.city.replace(/\s/g, ''))
      expect(browser.problems).toEqual([])
    } finally {
      await browser.close()
    }
  })
})
