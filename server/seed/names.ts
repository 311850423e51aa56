// Material for realistic bilingual names of synthetic parks, firms, institutions and providers, and the
// builders that combine it. Trade names are made of two characters with their pinyin (华芯 Huaxin).
import type {
  institutionKinds,
  parkLevels,
  providerKinds,
} from '../modules/registry/reference/reference-data'
import type { Random } from './random'

export interface Bilingual {
  zh: string
  en: string
}

export interface BilingualName {
  nameZh: string
  nameEn: string
}

export interface TradeCharacter {
  zh: string
  pinyin: string
}

/** Parses 'zh:pinyin' pairs separated by white space, dropping repeated characters. */
function characters(pairs: string): TradeCharacter[] {
  const parsed = pairs
    .trim()
    .split(/\s+/)
    .map((pair) => {
      const [zh, pinyin] = pair.split(':')
      if (zh === undefined || pinyin === undefined) throw new Error(`bad character pair ${pair}`)
      return { zh, pinyin }
    })
  return parsed.filter(
    (character, position) => parsed.findIndex((other) => other.zh === character.zh) === position,
  )
}

/** First character of a trade name. */
export const tradeFirstCharacters: readonly TradeCharacter[] = characters(`
  华:Hua 中:Zhong 天:Tian 恒:Heng 瑞:Rui 博:Bo 智:Zhi 创:Chuang 新:Xin 科:Ke 联:Lian 达:Da 光:Guang 宏:Hong
  鼎:Ding 泰:Tai 金:Jin 通:Tong 信:Xin 海:Hai 长:Chang 明:Ming 睿:Rui 思:Si 凯:Kai 嘉:Jia 隆:Long 腾:Teng
  飞:Fei 云:Yun 星:Xing 晶:Jing 辰:Chen 锐:Rui 卓:Zhuo 德:De 君:Jun 启:Qi 亿:Yi 万:Wan 东:Dong 江:Jiang
  远:Yuan 永:Yong 正:Zheng 和:He 弘:Hong 汇:Hui 聚:Ju 同:Tong 国:Guo 高:Gao 领:Ling 奇:Qi 峰:Feng 芯:Xin
  微:Wei 蓝:Lan 源:Yuan 博:Bo
`)

/** Second character of a trade name. */
export const tradeSecondCharacters: readonly TradeCharacter[] = characters(`
  芯:xin 源:yuan 创:chuang 科:ke 达:da 联:lian 微:wei 光:guang 瑞:rui 恒:heng 智:zhi 博:bo 通:tong 信:xin
  泰:tai 盛:sheng 丰:feng 昌:chang 宇:yu 航:hang 川:chuan 峰:feng 辉:hui 晟:sheng 拓:tuo 驰:chi 迈:mai
  威:wei 锋:feng 腾:teng 鑫:xin 展:zhan 益:yi 康:kang 荣:rong 祥:xiang 立:li 维:wei 特:te 捷:jie 纳:na
  力:li 诺:nuo 普:pu 图:tu 擎:qing 界:jie 视:shi 耀:yao 远:yuan 迅:xun 灵:ling 韵:yun 旭:xu 明:ming 策:ce
  安:an 奥:ao 合:he 韬:tao
`)

/** A two-character trade name: 华芯 / Huaxin (an apostrophe before a vowel, as pinyin spells Xi'an). */
export function tradeName(random: Random): Bilingual {
  const maxAttempts = 10
  let first = random.pick(tradeFirstCharacters)
  let second = random.pick(tradeSecondCharacters)
  for (let attempt = 0; attempt < maxAttempts && first.zh === second.zh; attempt++) {
    second = random.pick(tradeSecondCharacters)
  }
  if (first.zh === second.zh) first = { zh: '华', pinyin: 'Hua' }
  const separator = /^[aeo]/.test(second.pinyin) ? "'" : ''
  return { zh: `${first.zh}${second.zh}`, en: `${first.pinyin}${separator}${second.pinyin}` }
}

export type KeyIndustryCode =
  | 'key_semiconductors'
  | 'key_ai'
  | 'key_biomedicine'
  | 'key_high_end_equipment'
  | 'key_new_energy'
  | 'key_new_materials'
  | 'key_new_energy_vehicles'

export type SubAllianceKey =
  'ic_design' | 'ai_computing' | 'medical_devices' | 'industrial_robots' | 'hydrogen' | 'connected_vehicles'

export type SixPlusXCode =
  | 'ai'
  | 'biopharma'
  | 'ic'
  | 'new_materials'
  | 'new_energy'
  | 'smart_security'
  | 'satellite_internet'
  | 'it_innovation'
  | 'future_tech'

export interface IndustryWord extends Bilingual {
  /** the key industry alliance a leading firm with this word belongs to */
  keyIndustryCode: KeyIndustryCode
  subAllianceKey?: SubAllianceKey
}

/** Words that say what a firm does, per 6+X industry code; they sit between trade name and legal form. */
export const industryWordsByCode: Record<SixPlusXCode, readonly IndustryWord[]> = {
  ai: [
    { zh: '人工智能', en: 'Artificial Intelligence', keyIndustryCode: 'key_ai' },
    { zh: '智能', en: 'Intelligent', keyIndustryCode: 'key_ai' },
    { zh: '视觉', en: 'Vision', keyIndustryCode: 'key_ai' },
    { zh: '智算', en: 'Intelligent Computing', keyIndustryCode: 'key_ai', subAllianceKey: 'ai_computing' },
    { zh: '数据智能', en: 'Data Intelligence', keyIndustryCode: 'key_ai' },
    { zh: '语音', en: 'Speech', keyIndustryCode: 'key_ai' },
    {
      zh: '机器人',
      en: 'Robotics',
      keyIndustryCode: 'key_high_end_equipment',
      subAllianceKey: 'industrial_robots',
    },
  ],
  biopharma: [
    { zh: '生物医药', en: 'Biopharma', keyIndustryCode: 'key_biomedicine' },
    { zh: '药业', en: 'Pharmaceutical', keyIndustryCode: 'key_biomedicine' },
    { zh: '生物', en: 'Biological', keyIndustryCode: 'key_biomedicine' },
    { zh: '基因', en: 'Genomics', keyIndustryCode: 'key_biomedicine' },
    { zh: '生命科学', en: 'Life Sciences', keyIndustryCode: 'key_biomedicine' },
    {
      zh: '医疗器械',
      en: 'Medical Devices',
      keyIndustryCode: 'key_biomedicine',
      subAllianceKey: 'medical_devices',
    },
  ],
  ic: [
    { zh: '微电子', en: 'Microelectronics', keyIndustryCode: 'key_semiconductors' },
    { zh: '半导体', en: 'Semiconductor', keyIndustryCode: 'key_semiconductors' },
    {
      zh: '集成电路',
      en: 'Integrated Circuit',
      keyIndustryCode: 'key_semiconductors',
      subAllianceKey: 'ic_design',
    },
    { zh: '芯片', en: 'Chip', keyIndustryCode: 'key_semiconductors', subAllianceKey: 'ic_design' },
    { zh: '电子', en: 'Electronics', keyIndustryCode: 'key_semiconductors' },
    { zh: '封装', en: 'Packaging', keyIndustryCode: 'key_semiconductors' },
  ],
  new_materials: [
    { zh: '新材料', en: 'New Materials', keyIndustryCode: 'key_new_materials' },
    { zh: '高分子材料', en: 'Polymer Materials', keyIndustryCode: 'key_new_materials' },
    { zh: '复合材料', en: 'Composite Materials', keyIndustryCode: 'key_new_materials' },
    { zh: '纳米', en: 'Nano', keyIndustryCode: 'key_new_materials' },
    { zh: '特种材料', en: 'Specialty Materials', keyIndustryCode: 'key_new_materials' },
    { zh: '先进陶瓷', en: 'Advanced Ceramics', keyIndustryCode: 'key_new_materials' },
    { zh: '碳纤维', en: 'Carbon Fibre', keyIndustryCode: 'key_new_materials' },
  ],
  new_energy: [
    { zh: '新能源', en: 'New Energy', keyIndustryCode: 'key_new_energy' },
    { zh: '光伏', en: 'Photovoltaic', keyIndustryCode: 'key_new_energy' },
    { zh: '储能', en: 'Energy Storage', keyIndustryCode: 'key_new_energy' },
    { zh: '氢能', en: 'Hydrogen Energy', keyIndustryCode: 'key_new_energy', subAllianceKey: 'hydrogen' },
    { zh: '动力电池', en: 'Power Battery', keyIndustryCode: 'key_new_energy_vehicles' },
    { zh: '新能源汽车', en: 'New Energy Vehicle', keyIndustryCode: 'key_new_energy_vehicles' },
    {
      zh: '智能网联',
      en: 'Intelligent Connected Vehicle',
      keyIndustryCode: 'key_new_energy_vehicles',
      subAllianceKey: 'connected_vehicles',
    },
  ],
  smart_security: [
    { zh: '智能安防', en: 'Smart Security', keyIndustryCode: 'key_ai' },
    { zh: '安防', en: 'Security', keyIndustryCode: 'key_ai' },
    { zh: '物联网', en: 'IoT', keyIndustryCode: 'key_ai' },
    { zh: '视频', en: 'Video', keyIndustryCode: 'key_ai' },
    { zh: '信息安全', en: 'Information Security', keyIndustryCode: 'key_ai' },
  ],
  satellite_internet: [
    { zh: '卫星', en: 'Satellite', keyIndustryCode: 'key_high_end_equipment' },
    { zh: '航天', en: 'Aerospace', keyIndustryCode: 'key_high_end_equipment' },
    { zh: '北斗', en: 'BeiDou', keyIndustryCode: 'key_high_end_equipment' },
    { zh: '空天信息', en: 'Space Information', keyIndustryCode: 'key_high_end_equipment' },
    { zh: '卫星通信', en: 'Satellite Communications', keyIndustryCode: 'key_high_end_equipment' },
  ],
  it_innovation: [
    { zh: '信息技术', en: 'Information Technology', keyIndustryCode: 'key_ai' },
    { zh: '软件', en: 'Software', keyIndustryCode: 'key_ai' },
    { zh: '数据', en: 'Data', keyIndustryCode: 'key_ai' },
    { zh: '云计算', en: 'Cloud Computing', keyIndustryCode: 'key_ai' },
    { zh: '网络', en: 'Network', keyIndustryCode: 'key_ai' },
    { zh: '计算机', en: 'Computer', keyIndustryCode: 'key_semiconductors' },
  ],
  future_tech: [
    { zh: '量子', en: 'Quantum', keyIndustryCode: 'key_high_end_equipment' },
    { zh: '智能装备', en: 'Intelligent Equipment', keyIndustryCode: 'key_high_end_equipment' },
    { zh: '精密机械', en: 'Precision Machinery', keyIndustryCode: 'key_high_end_equipment' },
    { zh: '类脑智能', en: 'Brain-inspired Intelligence', keyIndustryCode: 'key_ai' },
    { zh: '合成生物', en: 'Synthetic Biology', keyIndustryCode: 'key_biomedicine' },
    { zh: '元宇宙', en: 'Metaverse', keyIndustryCode: 'key_ai' },
  ],
}

/** The key industry a park's main 6+X industry belongs to (a park joins that key alliance). */
export const keyIndustryBySixPlusX: Record<SixPlusXCode, KeyIndustryCode> = {
  ai: 'key_ai',
  biopharma: 'key_biomedicine',
  ic: 'key_semiconductors',
  new_materials: 'key_new_materials',
  new_energy: 'key_new_energy',
  smart_security: 'key_ai',
  satellite_internet: 'key_high_end_equipment',
  it_innovation: 'key_ai',
  future_tech: 'key_high_end_equipment',
}

export interface LegalForm extends Bilingual {
  weight: number
}

export const firmLegalForms: readonly LegalForm[] = [
  { zh: '科技有限公司', en: 'Technology Co., Ltd.', weight: 60 },
  { zh: '技术有限公司', en: 'Technologies Co., Ltd.', weight: 15 },
  { zh: '股份有限公司', en: 'Co., Ltd.', weight: 12 },
  { zh: '有限公司', en: 'Co., Ltd.', weight: 13 },
]

export interface CityNaming {
  /** in company names (a Songjiang company registers as 上海…) */
  company: Bilingual
  /** in branch names of banks, brokers, insurers, law and accounting firms */
  branch: Bilingual
  province: Bilingual
  /** districts, counties or towns: for parks and sub-branches */
  places: readonly Bilingual[]
  universities: readonly Bilingual[]
}

function places(pairs: string): Bilingual[] {
  return pairs
    .trim()
    .split(/\s+/)
    .map((pair) => {
      const [zh, en] = pair.split(':')
      if (zh === undefined || en === undefined) throw new Error(`bad place pair ${pair}`)
      return { zh, en }
    })
}

export const cityNamingByCode: Record<string, CityNaming> = {
  'SH-SJ': {
    company: { zh: '上海', en: 'Shanghai' },
    branch: { zh: '上海松江', en: 'Shanghai Songjiang' },
    province: { zh: '上海市', en: 'Shanghai' },
    places:
      places(`松江:Songjiang 九亭:Jiuting 泗泾:Sijing 洞泾:Dongjing 车墩:Chedun 新桥:Xinqiao 佘山:Sheshan
      小昆山:Xiaokunshan 石湖荡:Shihudang 叶榭:Yexie 泖港:Maogang 新浜:Xinbang 广富林:Guangfulin 永丰:Yongfeng
      方松:Fangsong 岳阳:Yueyang`),
    universities: [
      { zh: '东华大学', en: 'Donghua University' },
      { zh: '上海工程技术大学', en: 'Shanghai University of Engineering Science' },
      { zh: '上海对外经贸大学', en: 'Shanghai University of International Business and Economics' },
    ],
  },
  SZ: {
    company: { zh: '苏州', en: 'Suzhou' },
    branch: { zh: '苏州', en: 'Suzhou' },
    province: { zh: '江苏省', en: 'Jiangsu' },
    places: places(`昆山:Kunshan 常熟:Changshu 张家港:Zhangjiagang 太仓:Taicang 吴江:Wujiang 吴中:Wuzhong
      相城:Xiangcheng 姑苏:Gusu 虎丘:Huqiu 浒墅关:Xushuguan 甪直:Luzhi 木渎:Mudu 汾湖:Fenhu`),
    universities: [
      { zh: '苏州大学', en: 'Soochow University' },
      { zh: '苏州科技大学', en: 'Suzhou University of Science and Technology' },
      { zh: '西交利物浦大学', en: "Xi'an Jiaotong-Liverpool University" },
      { zh: '常熟理工学院', en: 'Changshu Institute of Technology' },
    ],
  },
  HZ: {
    company: { zh: '杭州', en: 'Hangzhou' },
    branch: { zh: '杭州', en: 'Hangzhou' },
    province: { zh: '浙江省', en: 'Zhejiang' },
    places: places(`滨江:Binjiang 余杭:Yuhang 萧山:Xiaoshan 西湖:Xihu 拱墅:Gongshu 钱塘:Qiantang 临平:Linping
      富阳:Fuyang 临安:Lin'an 桐庐:Tonglu 建德:Jiande 上城:Shangcheng`),
    universities: [
      { zh: '浙江大学', en: 'Zhejiang University' },
      { zh: '浙江工业大学', en: 'Zhejiang University of Technology' },
      { zh: '杭州电子科技大学', en: 'Hangzhou Dianzi University' },
      { zh: '西湖大学', en: 'Westlake University' },
      { zh: '中国计量大学', en: 'China Jiliang University' },
      { zh: '浙江理工大学', en: 'Zhejiang Sci-Tech University' },
    ],
  },
  JX: {
    company: { zh: '嘉兴', en: 'Jiaxing' },
    branch: { zh: '嘉兴', en: 'Jiaxing' },
    province: { zh: '浙江省', en: 'Zhejiang' },
    places: places(`南湖:Nanhu 秀洲:Xiuzhou 嘉善:Jiashan 平湖:Pinghu 海盐:Haiyan 海宁:Haining 桐乡:Tongxiang
      乌镇:Wuzhen`),
    universities: [
      { zh: '嘉兴大学', en: 'Jiaxing University' },
      { zh: '嘉兴南湖学院', en: 'Jiaxing Nanhu University' },
    ],
  },
  HUZ: {
    company: { zh: '湖州', en: 'Huzhou' },
    branch: { zh: '湖州', en: 'Huzhou' },
    province: { zh: '浙江省', en: 'Zhejiang' },
    places: places(`吴兴:Wuxing 南浔:Nanxun 德清:Deqing 长兴:Changxing 安吉:Anji 莫干山:Moganshan`),
    universities: [
      { zh: '湖州师范学院', en: 'Huzhou University' },
      { zh: '湖州学院', en: 'Huzhou College' },
    ],
  },
  JH: {
    company: { zh: '金华', en: 'Jinhua' },
    branch: { zh: '金华', en: 'Jinhua' },
    province: { zh: '浙江省', en: 'Zhejiang' },
    places: places(`婺城:Wucheng 金东:Jindong 兰溪:Lanxi 义乌:Yiwu 东阳:Dongyang 永康:Yongkang 浦江:Pujiang
      武义:Wuyi 磐安:Pan'an`),
    universities: [
      { zh: '浙江师范大学', en: 'Zhejiang Normal University' },
      { zh: '金华职业技术大学', en: 'Jinhua University of Vocational Technology' },
    ],
  },
  HF: {
    company: { zh: '合肥', en: 'Hefei' },
    branch: { zh: '合肥', en: 'Hefei' },
    province: { zh: '安徽省', en: 'Anhui' },
    places: places(`蜀山:Shushan 包河:Baohe 庐阳:Luyang 瑶海:Yaohai 肥西:Feixi 肥东:Feidong 长丰:Changfeng
      庐江:Lujiang 巢湖:Chaohu 新站:Xinzhan 滨湖:Binhu`),
    universities: [
      { zh: '中国科学技术大学', en: 'University of Science and Technology of China' },
      { zh: '合肥工业大学', en: 'Hefei University of Technology' },
      { zh: '安徽大学', en: 'Anhui University' },
      { zh: '安徽医科大学', en: 'Anhui Medical University' },
      { zh: '安徽农业大学', en: 'Anhui Agricultural University' },
      { zh: '合肥大学', en: 'Hefei University' },
    ],
  },
  WH: {
    company: { zh: '芜湖', en: 'Wuhu' },
    branch: { zh: '芜湖', en: 'Wuhu' },
    province: { zh: '安徽省', en: 'Anhui' },
    places: places(`镜湖:Jinghu 弋江:Yijiang 鸠江:Jiujiang 湾沚:Wanzhi 繁昌:Fanchang 南陵:Nanling 无为:Wuwei
      三山:Sanshan`),
    universities: [
      { zh: '安徽工程大学', en: 'Anhui Polytechnic University' },
      { zh: '安徽师范大学', en: 'Anhui Normal University' },
      { zh: '皖南医学院', en: 'Wannan Medical College' },
    ],
  },
  XC: {
    company: { zh: '宣城', en: 'Xuancheng' },
    branch: { zh: '宣城', en: 'Xuancheng' },
    province: { zh: '安徽省', en: 'Anhui' },
    places: places(`宣州:Xuanzhou 郎溪:Langxi 广德:Guangde 宁国:Ningguo 泾县:Jingxian 绩溪:Jixi 旌德:Jingde`),
    universities: [
      { zh: '宣城职业技术学院', en: 'Xuancheng Vocational and Technical College' },
      { zh: '合肥工业大学宣城校区', en: 'Hefei University of Technology Xuancheng Campus' },
    ],
  },
}

export function cityNaming(cityCode: string): CityNaming {
  const naming = cityNamingByCode[cityCode]
  if (naming === undefined) throw new Error(`no naming material for city ${cityCode}`)
  return naming
}

// ---- parks ----

export type ParkLevel = (typeof parkLevels)[number]

export interface ParkKind extends Bilingual {
  levels: readonly ParkLevel[]
  /** a park named after an industry has that industry as its main one */
  industryCode?: SixPlusXCode
  weight: number
}

export const parkKinds: readonly ParkKind[] = [
  {
    zh: '经济技术开发区',
    en: 'Economic and Technological Development Zone',
    levels: ['national', 'provincial'],
    weight: 8,
  },
  {
    zh: '高新技术产业开发区',
    en: 'High-tech Industrial Development Zone',
    levels: ['national', 'provincial'],
    weight: 8,
  },
  { zh: '经济开发区', en: 'Economic Development Zone', levels: ['provincial'], weight: 5 },
  { zh: '科技园', en: 'Science and Technology Park', levels: ['provincial', 'municipal'], weight: 6 },
  { zh: '科创园', en: 'Sci-Tech Innovation Park', levels: ['municipal'], weight: 5 },
  { zh: '工业园区', en: 'Industrial Park', levels: ['provincial', 'municipal'], weight: 4 },
  { zh: '智能制造产业园', en: 'Intelligent Manufacturing Industrial Park', levels: ['municipal'], weight: 3 },
  {
    zh: '集成电路产业园',
    en: 'Integrated Circuit Industrial Park',
    levels: ['provincial', 'municipal'],
    industryCode: 'ic',
    weight: 3,
  },
  {
    zh: '生物医药产业园',
    en: 'Biomedicine Industrial Park',
    levels: ['provincial', 'municipal'],
    industryCode: 'biopharma',
    weight: 3,
  },
  {
    zh: '人工智能产业园',
    en: 'Artificial Intelligence Industrial Park',
    levels: ['municipal'],
    industryCode: 'ai',
    weight: 3,
  },
  {
    zh: '新材料产业园',
    en: 'New Materials Industrial Park',
    levels: ['municipal'],
    industryCode: 'new_materials',
    weight: 3,
  },
  {
    zh: '新能源产业园',
    en: 'New Energy Industrial Park',
    levels: ['municipal'],
    industryCode: 'new_energy',
    weight: 3,
  },
  {
    zh: '智能安防产业园',
    en: 'Smart Security Industrial Park',
    levels: ['municipal'],
    industryCode: 'smart_security',
    weight: 1,
  },
  {
    zh: '卫星互联网产业园',
    en: 'Satellite Internet Industrial Park',
    levels: ['municipal'],
    industryCode: 'satellite_internet',
    weight: 1,
  },
  {
    zh: '信创产业园',
    en: 'IT Application Innovation Industrial Park',
    levels: ['municipal'],
    industryCode: 'it_innovation',
    weight: 1,
  },
  {
    zh: '未来产业园',
    en: 'Future Industries Park',
    levels: ['municipal'],
    industryCode: 'future_tech',
    weight: 1,
  },
]

export function parkName(random: Random, cityCode: string, kind: ParkKind): BilingualName {
  const place = random.pick(cityNaming(cityCode).places)
  return { nameZh: `${place.zh}${kind.zh}`, nameEn: `${place.en} ${kind.en}` }
}

/** The park that chairs the overall park alliance (corridor-facts.json); it must exist in Suzhou. */
export const suzhouIndustrialPark: BilingualName = {
  nameZh: '苏州工业园区',
  nameEn: 'Suzhou Industrial Park',
}

// ---- alliances (the 1 + 7 + N tree) ----

const alliancePrefix: Bilingual = {
  zh: '长三角G60科创走廊',
  en: 'Yangtze River Delta G60 Sci-Tech Innovation Corridor',
}

export const overallAllianceName: BilingualName = {
  nameZh: `${alliancePrefix.zh}产业园区联盟`,
  nameEn: `${alliancePrefix.en} Industrial Park Alliance`,
}

const keyAllianceSubjects: Record<KeyIndustryCode, Bilingual> = {
  key_semiconductors: { zh: '集成电路', en: 'Integrated Circuit' },
  key_ai: { zh: '人工智能', en: 'Artificial Intelligence' },
  key_biomedicine: { zh: '生物医药', en: 'Biomedicine' },
  key_high_end_equipment: { zh: '高端装备', en: 'High-end Equipment' },
  key_new_energy: { zh: '新能源', en: 'New Energy' },
  key_new_materials: { zh: '新材料', en: 'New Materials' },
  key_new_energy_vehicles: { zh: '新能源汽车', en: 'New Energy Vehicle' },
}

export function keyAllianceName(code: KeyIndustryCode): BilingualName {
  const subject = keyAllianceSubjects[code]
  return {
    nameZh: `${alliancePrefix.zh}${subject.zh}产业联盟`,
    nameEn: `${alliancePrefix.en} ${subject.en} Industry Alliance`,
  }
}

export interface SubAllianceDefinition {
  key: SubAllianceKey
  parentIndustryCode: KeyIndustryCode
  subject: Bilingual
}

/** The N of 1 + 7 + N: six sub-alliances under key industry alliances. */
export const subAllianceDefinitions: readonly SubAllianceDefinition[] = [
  {
    key: 'ic_design',
    parentIndustryCode: 'key_semiconductors',
    subject: { zh: '集成电路设计', en: 'IC Design' },
  },
  {
    key: 'ai_computing',
    parentIndustryCode: 'key_ai',
    subject: { zh: '智能算力', en: 'Intelligent Computing' },
  },
  {
    key: 'medical_devices',
    parentIndustryCode: 'key_biomedicine',
    subject: { zh: '高端医疗器械', en: 'High-end Medical Devices' },
  },
  {
    key: 'industrial_robots',
    parentIndustryCode: 'key_high_end_equipment',
    subject: { zh: '工业机器人', en: 'Industrial Robots' },
  },
  { key: 'hydrogen', parentIndustryCode: 'key_new_energy', subject: { zh: '氢能', en: 'Hydrogen Energy' } },
  {
    key: 'connected_vehicles',
    parentIndustryCode: 'key_new_energy_vehicles',
    subject: { zh: '智能网联汽车', en: 'Intelligent Connected Vehicles' },
  },
]

export function subAllianceName(definition: SubAllianceDefinition): BilingualName {
  return {
    nameZh: `${alliancePrefix.zh}${definition.subject.zh}分联盟`,
    nameEn: `${alliancePrefix.en} ${definition.subject.en} Sub-alliance`,
  }
}

// ---- firms ----

export function firmName(random: Random, cityCode: string, word: IndustryWord): BilingualName {
  const city = cityNaming(cityCode).company
  const trade = tradeName(random)
  const form = random.weightedPick(
    firmLegalForms,
    firmLegalForms.map((candidate) => candidate.weight),
  )
  return {
    nameZh: `${city.zh}${trade.zh}${word.zh}${form.zh}`,
    nameEn: `${city.en} ${trade.en} ${word.en} ${form.en}`,
  }
}

// ---- financial institutions ----

export const bankBrands: readonly Bilingual[] = [
  { zh: '中国工商银行', en: 'ICBC' },
  { zh: '中国农业银行', en: 'Agricultural Bank of China' },
  { zh: '中国银行', en: 'Bank of China' },
  { zh: '中国建设银行', en: 'China Construction Bank' },
  { zh: '交通银行', en: 'Bank of Communications' },
  { zh: '中国邮政储蓄银行', en: 'Postal Savings Bank of China' },
  { zh: '招商银行', en: 'China Merchants Bank' },
  { zh: '浦发银行', en: 'SPD Bank' },
  { zh: '兴业银行', en: 'Industrial Bank' },
  { zh: '中信银行', en: 'China CITIC Bank' },
  { zh: '中国光大银行', en: 'China Everbright Bank' },
  { zh: '中国民生银行', en: 'China Minsheng Bank' },
  { zh: '平安银行', en: 'Ping An Bank' },
  { zh: '华夏银行', en: 'Hua Xia Bank' },
  { zh: '广发银行', en: 'China Guangfa Bank' },
  { zh: '浙商银行', en: 'China Zheshang Bank' },
  { zh: '渤海银行', en: 'China Bohai Bank' },
  { zh: '上海银行', en: 'Bank of Shanghai' },
  { zh: '上海农商银行', en: 'Shanghai Rural Commercial Bank' },
  { zh: '江苏银行', en: 'Bank of Jiangsu' },
  { zh: '南京银行', en: 'Bank of Nanjing' },
  { zh: '苏州银行', en: 'Bank of Suzhou' },
  { zh: '杭州银行', en: 'Bank of Hangzhou' },
  { zh: '宁波银行', en: 'Bank of Ningbo' },
  { zh: '徽商银行', en: 'Huishang Bank' },
  { zh: '北京银行', en: 'Bank of Beijing' },
  { zh: '浙江泰隆商业银行', en: 'Zhejiang Tailong Commercial Bank' },
  { zh: '浙江稠州商业银行', en: 'Zhejiang Chouzhou Commercial Bank' },
  { zh: '浙江民泰商业银行', en: 'Zhejiang Mintai Commercial Bank' },
]

export const brokerBrands: readonly Bilingual[] = [
  { zh: '中信证券', en: 'CITIC Securities' },
  { zh: '华泰证券', en: 'Huatai Securities' },
  { zh: '国泰君安证券', en: 'Guotai Junan Securities' },
  { zh: '海通证券', en: 'Haitong Securities' },
  { zh: '申万宏源证券', en: 'Shenwan Hongyuan Securities' },
  { zh: '东方证券', en: 'Orient Securities' },
  { zh: '浙商证券', en: 'Zheshang Securities' },
  { zh: '财通证券', en: 'Caitong Securities' },
  { zh: '国元证券', en: 'Guoyuan Securities' },
  { zh: '华安证券', en: 'Huaan Securities' },
  { zh: '东吴证券', en: 'Soochow Securities' },
  { zh: '招商证券', en: 'China Merchants Securities' },
  { zh: '广发证券', en: 'GF Securities' },
  { zh: '光大证券', en: 'Everbright Securities' },
  { zh: '兴业证券', en: 'Industrial Securities' },
  { zh: '长江证券', en: 'Changjiang Securities' },
  { zh: '国信证券', en: 'Guosen Securities' },
  { zh: '中金公司', en: 'CICC' },
]

export const insurerBrands: readonly Bilingual[] = [
  { zh: '中国人民财产保险', en: 'PICC Property and Casualty' },
  { zh: '中国平安财产保险', en: 'Ping An Property and Casualty' },
  { zh: '中国太平洋财产保险', en: 'CPIC Property and Casualty' },
  { zh: '中国人寿财产保险', en: 'China Life Property and Casualty' },
  { zh: '中华联合财产保险', en: 'China United Property Insurance' },
  { zh: '中国大地财产保险', en: 'China Continent Property and Casualty' },
  { zh: '阳光财产保险', en: 'Sunshine Property and Casualty' },
  { zh: '太平财产保险', en: 'Taiping General Insurance' },
  { zh: '国元农业保险', en: 'Guoyuan Agricultural Insurance' },
  { zh: '中国出口信用保险', en: 'China Export & Credit Insurance' },
  { zh: '华安财产保险', en: 'Huaan Property and Casualty' },
  { zh: '英大泰和财产保险', en: 'Yingda Taihe Property Insurance' },
]

export const accountingBrands: readonly Bilingual[] = [
  { zh: '立信会计师事务所', en: 'BDO China Shu Lun Pan' },
  { zh: '天健会计师事务所', en: 'Pan-China Certified Public Accountants' },
  { zh: '容诚会计师事务所', en: 'RSM China' },
  { zh: '大华会计师事务所', en: 'Da Hua Certified Public Accountants' },
  { zh: '信永中和会计师事务所', en: 'ShineWing' },
  { zh: '中汇会计师事务所', en: 'Zhonghui Certified Public Accountants' },
  { zh: '众华会计师事务所', en: 'Zhonghua Certified Public Accountants' },
  { zh: '致同会计师事务所', en: 'Grant Thornton China' },
  { zh: '公证天业会计师事务所', en: 'Gongzheng Tianye Certified Public Accountants' },
  { zh: '中审众环会计师事务所', en: 'Mazars China' },
  { zh: '天职国际会计师事务所', en: 'Baker Tilly China' },
  { zh: '苏亚金诚会计师事务所', en: 'Suya Jincheng Certified Public Accountants' },
]

export const lawBrands: readonly Bilingual[] = [
  { zh: '锦天城', en: 'AllBright' },
  { zh: '国浩', en: 'Grandall' },
  { zh: '大成', en: 'Dentons' },
  { zh: '中伦', en: 'Zhong Lun' },
  { zh: '金杜', en: 'King & Wood Mallesons' },
  { zh: '君合', en: 'JunHe' },
  { zh: '天册', en: 'T&C' },
  { zh: '通力', en: 'Llinks' },
  { zh: '汉坤', en: 'Han Kun' },
  { zh: '德恒', en: 'DeHeng' },
  { zh: '环球', en: 'Global' },
  { zh: '竞天公诚', en: 'Jingtian & Gongcheng' },
  { zh: '承义', en: 'Chengyi' },
  { zh: '六和', en: 'Zhejiang Liuhe' },
]

export const fundWords: readonly Bilingual[] = [
  { zh: '科创', en: 'Sci-Tech' },
  { zh: '创业投资', en: 'Venture Capital' },
  { zh: '产业', en: 'Industry' },
  { zh: '天使', en: 'Angel' },
  { zh: '私募股权', en: 'Private Equity' },
  { zh: '成长', en: 'Growth' },
  { zh: '股权投资', en: 'Equity Investment' },
]

export type InstitutionKind = (typeof institutionKinds)[number]

function joined(zhParts: readonly string[], enParts: readonly string[]): BilingualName {
  return { nameZh: zhParts.join(''), nameEn: enParts.filter((part) => part !== '').join(' ') }
}

/** A name such as 中国工商银行合肥分行 / ICBC Hefei Branch, per kind of institution. */
export function institutionName(random: Random, kind: InstitutionKind, cityCode: string): BilingualName {
  const city = cityNaming(cityCode)
  const place = random.pick(city.places)
  const trade = tradeName(random)
  const style = random.integer(0, 2)
  switch (kind) {
    case 'bank': {
      const bank = random.pick(bankBrands)
      if (style === 0) return joined([bank.zh, city.branch.zh, '分行'], [bank.en, city.branch.en, 'Branch'])
      if (style === 1)
        return joined([bank.zh, city.branch.zh, '科技支行'], [bank.en, city.branch.en, 'Sci-Tech Sub-branch'])
      return joined(
        [bank.zh, city.company.zh, place.zh, '支行'],
        [bank.en, city.company.en, place.en, 'Sub-branch'],
      )
    }
    case 'broker': {
      const broker = random.pick(brokerBrands)
      if (style === 0)
        return joined([broker.zh, city.branch.zh, '分公司'], [broker.en, city.branch.en, 'Branch'])
      return joined(
        [broker.zh, city.company.zh, place.zh, '证券营业部'],
        [broker.en, city.company.en, place.en, 'Securities Office'],
      )
    }
    case 'fund': {
      const word = random.pick(fundWords)
      return joined(
        [city.company.zh, trade.zh, word.zh, '基金管理有限公司'],
        [city.company.en, trade.en, word.en, 'Fund Management Co., Ltd.'],
      )
    }
    case 'insurer': {
      const insurer = random.pick(insurerBrands)
      if (style === 0)
        return joined([insurer.zh, city.branch.zh, '分公司'], [insurer.en, city.branch.en, 'Branch'])
      return joined(
        [insurer.zh, city.company.zh, place.zh, '支公司'],
        [insurer.en, city.company.en, place.en, 'Sub-branch'],
      )
    }
    case 'accounting_firm': {
      if (style === 0) {
        return joined(
          [city.company.zh, trade.zh, '会计师事务所有限公司'],
          [city.company.en, trade.en, 'Certified Public Accountants Co., Ltd.'],
        )
      }
      const brand = random.pick(accountingBrands)
      return joined([brand.zh, city.branch.zh, '分所'], [brand.en, city.branch.en, 'Branch'])
    }
    case 'law_firm': {
      if (style === 0) {
        return joined([city.province.zh, trade.zh, '律师事务所'], [city.province.en, trade.en, 'Law Firm'])
      }
      const brand = random.pick(lawBrands)
      return joined(
        [brand.zh, '（', city.branch.zh, '）律师事务所'],
        [brand.en, `Law Offices (${city.branch.en})`],
      )
    }
    case 'guarantee_company':
      if (style === 0) {
        return joined(
          [city.branch.zh, '科技融资担保有限公司'],
          [city.branch.en, 'Sci-Tech Financing Guarantee Co., Ltd.'],
        )
      }
      return joined(
        [city.company.zh, trade.zh, '融资担保有限公司'],
        [city.company.en, trade.en, 'Financing Guarantee Co., Ltd.'],
      )
    case 'ip_agency':
      if (style === 0) {
        return joined(
          [city.company.zh, trade.zh, '专利代理事务所（普通合伙）'],
          [city.company.en, trade.en, 'Patent Agency (General Partnership)'],
        )
      }
      return joined(
        [city.company.zh, trade.zh, '知识产权代理有限公司'],
        [city.company.en, trade.en, 'Intellectual Property Agency Co., Ltd.'],
      )
    case 'hr_firm':
      if (style === 0) {
        return joined(
          [city.company.zh, trade.zh, '人才服务有限公司'],
          [city.company.en, trade.en, 'Talent Services Co., Ltd.'],
        )
      }
      return joined(
        [city.company.zh, trade.zh, '人力资源有限公司'],
        [city.company.en, trade.en, 'Human Resources Co., Ltd.'],
      )
    case 'investment_firm':
      if (style === 0) {
        return joined(
          [city.company.zh, trade.zh, '创业投资有限公司'],
          [city.company.en, trade.en, 'Venture Capital Co., Ltd.'],
        )
      }
      return joined(
        [city.company.zh, trade.zh, '投资管理有限公司'],
        [city.company.en, trade.en, 'Investment Management Co., Ltd.'],
      )
  }
}

// ---- service providers ----

export const researchFields: readonly Bilingual[] = [
  { zh: '集成电路', en: 'Integrated Circuits' },
  { zh: '人工智能', en: 'Artificial Intelligence' },
  { zh: '生物医药', en: 'Biomedicine' },
  { zh: '新材料', en: 'New Materials' },
  { zh: '新能源', en: 'New Energy' },
  { zh: '智能制造', en: 'Intelligent Manufacturing' },
  { zh: '光电子', en: 'Optoelectronics' },
  { zh: '精密仪器', en: 'Precision Instruments' },
  { zh: '医疗器械', en: 'Medical Devices' },
  { zh: '电子信息', en: 'Electronic Information' },
  { zh: '高分子材料', en: 'Polymer Materials' },
  { zh: '储能', en: 'Energy Storage' },
  { zh: '氢能', en: 'Hydrogen Energy' },
  { zh: '量子信息', en: 'Quantum Information' },
  { zh: '机器人', en: 'Robotics' },
  { zh: '智能网联汽车', en: 'Intelligent Connected Vehicles' },
  { zh: '卫星导航', en: 'Satellite Navigation' },
  { zh: '信息安全', en: 'Information Security' },
  { zh: '纳米技术', en: 'Nanotechnology' },
  { zh: '环境监测', en: 'Environmental Monitoring' },
  { zh: '食品药品', en: 'Food and Drug' },
  { zh: '计量', en: 'Metrology' },
  { zh: '电磁兼容', en: 'Electromagnetic Compatibility' },
  { zh: '化学分析', en: 'Chemical Analysis' },
  { zh: '工业软件', en: 'Industrial Software' },
  { zh: '光伏', en: 'Photovoltaics' },
  { zh: '动力电池', en: 'Power Batteries' },
  { zh: '碳纤维', en: 'Carbon Fibre' },
  { zh: '微纳制造', en: 'Micro-Nano Manufacturing' },
  { zh: '纺织材料', en: 'Textile Materials' },
]

export const universitySchools: readonly Bilingual[] = [
  { zh: '材料科学与工程学院', en: 'School of Materials Science and Engineering' },
  { zh: '电子信息学院', en: 'School of Electronic Information' },
  { zh: '计算机科学与技术学院', en: 'School of Computer Science and Technology' },
  { zh: '机械工程学院', en: 'School of Mechanical Engineering' },
  { zh: '化学与化工学院', en: 'School of Chemistry and Chemical Engineering' },
  { zh: '药学院', en: 'School of Pharmacy' },
  { zh: '生命科学学院', en: 'School of Life Sciences' },
  { zh: '物理学院', en: 'School of Physics' },
  { zh: '能源与动力工程学院', en: 'School of Energy and Power Engineering' },
  { zh: '环境科学与工程学院', en: 'School of Environmental Science and Engineering' },
  { zh: '微电子学院', en: 'School of Microelectronics' },
  { zh: '人工智能学院', en: 'School of Artificial Intelligence' },
  { zh: '光电科学与工程学院', en: 'School of Optoelectronic Science and Engineering' },
  { zh: '分析测试中心', en: 'Analysis and Testing Centre' },
  { zh: '仪器科学与工程学院', en: 'School of Instrument Science and Engineering' },
  { zh: '医学院', en: 'School of Medicine' },
  { zh: '汽车工程学院', en: 'School of Automotive Engineering' },
  { zh: '大型仪器共享平台', en: 'Large Instrument Sharing Platform' },
]

export type ProviderKind = (typeof providerKinds)[number]

export interface ProviderNaming extends BilingualName {
  /** public institutions (事业单位) carry credit codes starting 12, companies 91 */
  isPublicInstitution: boolean
}

/** Universities of the other cities, for the research institutes that universities set up away from home. */
function universitiesElsewhere(cityCode: string): Bilingual[] {
  return Object.entries(cityNamingByCode)
    .filter(([code]) => code !== cityCode)
    .flatMap(([, naming]) => naming.universities)
}

export function providerName(random: Random, kind: ProviderKind, cityCode: string): ProviderNaming {
  const city = cityNaming(cityCode)
  const field = random.pick(researchFields)
  const trade = tradeName(random)
  const style = random.integer(0, 2)
  const named = (name: BilingualName, isPublicInstitution: boolean): ProviderNaming => ({
    ...name,
    isPublicInstitution,
  })
  switch (kind) {
    case 'lab':
      if (style === 0) {
        return named(
          joined(
            [city.province.zh, field.zh, '重点实验室'],
            [city.province.en, 'Key Laboratory of', field.en],
          ),
          true,
        )
      }
      if (style === 1) {
        return named(
          joined(
            [city.company.zh, field.zh, '创新实验室'],
            [city.company.en, field.en, 'Innovation Laboratory'],
          ),
          true,
        )
      }
      return named(
        joined(
          [city.company.zh, trade.zh, field.zh, '实验室有限公司'],
          [city.company.en, trade.en, field.en, 'Laboratory Co., Ltd.'],
        ),
        false,
      )
    case 'test_centre':
      if (style === 0) {
        return named(
          joined(
            ['国家', field.zh, '质量检验检测中心（', city.company.zh, '）'],
            ['National', field.en, `Quality Inspection and Testing Centre (${city.company.en})`],
          ),
          true,
        )
      }
      if (style === 1) {
        return named(
          joined(
            [city.company.zh, '市', field.zh, '检验检测中心'],
            [city.company.en, field.en, 'Inspection and Testing Centre'],
          ),
          true,
        )
      }
      return named(
        joined(
          [city.company.zh, trade.zh, '检测技术有限公司'],
          [city.company.en, trade.en, 'Testing Technology Co., Ltd.'],
        ),
        false,
      )
    case 'university': {
      const university = random.pick(city.universities)
      const school = random.pick(universitySchools)
      return named(joined([university.zh, school.zh], [university.en, school.en]), true)
    }
    case 'research_institute':
      if (style === 0) {
        return named(
          joined([city.company.zh, field.zh, '研究院'], [city.company.en, 'Institute of', field.en]),
          true,
        )
      }
      if (style === 1) {
        const university = random.pick(universitiesElsewhere(cityCode))
        return named(
          joined(
            [university.zh, city.company.zh, '研究院'],
            [university.en, city.company.en, 'Research Institute'],
          ),
          true,
        )
      }
      return named(
        joined(
          [city.company.zh, trade.zh, field.zh, '研究院有限公司'],
          [city.company.en, trade.en, field.en, 'Research Institute Co., Ltd.'],
        ),
        false,
      )
  }
}

// ---- uniqueness ----

const nameAttemptsMax = 40
const numberedSuffixMax = 100_000

/** Keeps names unique within one table: a few fresh draws, then a numeric suffix on the last draw. */
export function createUniqueNamer() {
  const takenZh = new Set<string>()
  const takenEn = new Set<string>()
  const isFree = (name: BilingualName) => !takenZh.has(name.nameZh) && !takenEn.has(name.nameEn)
  function take<Name extends BilingualName>(name: Name): Name {
    takenZh.add(name.nameZh)
    takenEn.add(name.nameEn)
    return name
  }
  return function unique<Name extends BilingualName>(draw: () => Name): Name {
    let candidate = draw()
    for (let attempt = 1; attempt < nameAttemptsMax && !isFree(candidate); attempt++) candidate = draw()
    if (isFree(candidate)) return take(candidate)
    for (let suffix = 2; suffix <= numberedSuffixMax; suffix++) {
      const numbered = {
        ...candidate,
        nameZh: `${candidate.nameZh}（${suffix}）`,
        nameEn: `${candidate.nameEn} (${suffix})`,
      }
      if (isFree(numbered)) return take(numbered)
    }
    throw new Error(`no free name near ${candidate.nameZh}`)
  }
}
