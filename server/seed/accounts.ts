// The demo accounts the seeder creates (password g60-demo), described for the README and the startup banner.
import type { Role } from '../platform/authorization'

export type DemoOrganisationKind = 'firm' | 'provider' | 'bank'

export interface DemoAccountSummary {
  username: string
  role: Role
  /** the city the account acts in; null for the corridor office */
  cityCode: string | null
  /** which kind of organisation in that city the account belongs to, if any */
  organisationKind: DemoOrganisationKind | null
  descriptionZh: string
  descriptionEn: string
}

export const demoAccountSummaries: readonly DemoAccountSummary[] = [
  {
    username: 'office',
    role: 'corridor_admin',
    cityCode: null,
    organisationKind: null,
    descriptionZh: '走廊联席办（corridor_admin）：九城全域',
    descriptionEn: 'corridor office (corridor_admin): all nine cities',
  },
  {
    username: 'officer.sh',
    role: 'city_officer',
    cityCode: 'SH-SJ',
    organisationKind: null,
    descriptionZh: '城市主管部门（city_officer）：上海（松江）',
    descriptionEn: 'city officer (city_officer): Shanghai (Songjiang)',
  },
  {
    username: 'officer.hf',
    role: 'city_officer',
    cityCode: 'HF',
    organisationKind: null,
    descriptionZh: '城市主管部门（city_officer）：合肥',
    descriptionEn: 'city officer (city_officer): Hefei',
  },
  {
    username: 'firm.sh',
    role: 'firm',
    cityCode: 'SH-SJ',
    organisationKind: 'firm',
    descriptionZh: '企业用户（firm）：松江的一家高新技术企业',
    descriptionEn: 'firm user (firm): a high-tech firm in Songjiang',
  },
  {
    username: 'firm.hf',
    role: 'firm',
    cityCode: 'HF',
    organisationKind: 'firm',
    descriptionZh: '企业用户（firm）：合肥的一家高新技术企业',
    descriptionEn: 'firm user (firm): a high-tech firm in Hefei',
  },
  {
    username: 'provider.sz',
    role: 'provider',
    cityCode: 'SZ',
    organisationKind: 'provider',
    descriptionZh: '服务机构（provider）：苏州的一家已准入服务机构',
    descriptionEn: 'provider (provider): an admitted Suzhou service provider',
  },
  {
    username: 'bank.hz',
    role: 'financier',
    cityCode: 'HZ',
    organisationKind: 'bank',
    descriptionZh: '金融机构（financier）：杭州的一家银行',
    descriptionEn: 'financier (financier): a Hangzhou bank',
  },
  {
    username: 'station.hf',
    role: 'workstation',
    cityCode: 'HF',
    organisationKind: null,
    descriptionZh: '科技金融工作站（workstation）：合肥',
    descriptionEn: 'workstation officer (workstation): Hefei',
  },
  {
    username: 'talent.hz',
    role: 'professional',
    cityCode: 'HZ',
    organisationKind: null,
    descriptionZh: '人才（professional）：杭州的一位专业人才',
    descriptionEn: 'professional (professional): a professional in Hangzhou',
  },
]
