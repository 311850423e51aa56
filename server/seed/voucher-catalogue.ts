// What the demo vouchers are made of: each city's scheme rules (they differ on purpose, as the cities' real rules
// do), the service products admitted providers publish, and the words people write on claims, orders and
// redemptions. Money is integer fen (¥1 = 100 fen).
import type {
  EligibilityCriterion,
  PriceUnit,
  ServiceCategory,
  SettlementModel,
  VoucherType,
} from '../modules/vouchers/vouchers.reference'

export interface Bilingual {
  zh: string
  en: string
}

const yuan = (amount: number) => amount * 100
const allCities = ['SH-SJ', 'SZ', 'HZ', 'JX', 'HUZ', 'JH', 'HF', 'WH', 'XC'] as const
const allCategories: readonly ServiceCategory[] = ['testing', 'rd_design', 'consulting', 'instrument_time']

export interface SchemeDefinition {
  cityCode: string
  name: Bilingual
  voucherType: VoucherType
  eligibleFirms: readonly EligibilityCriterion[]
  annualBudgetFen: number
  claimCapFen: number
  firmYearCapFen: number
  firmTotalCapFen: number
  voucherShareMaxPercent: number
  fullCoverageBelowFen: number
  validityDays: number
  serviceCategories: readonly ServiceCategory[]
  settlementModel: SettlementModel
  utilisationGatePercent: number
  spotCheckPercent: number
  recognisedCityCodes: readonly string[]
  /** how many claims the scheme draws relative to a city's general scheme */
  claimWeight: number
  /** the prefix of the city's appropriation documents (财政拨款文号) */
  documentPrefix: string
}

/**
 * One general scheme per city and two special-purpose ones. Huzhou and Wuhu reimburse firms (通用) and recognise
 * only part of the corridor; every other scheme pays providers (通兑) and recognises all nine cities.
 */
export const schemeDefinitions: readonly SchemeDefinition[] = [
  {
    cityCode: 'SH-SJ',
    name: { zh: '松江区科技创新券', en: 'Songjiang Innovation Voucher' },
    voucherType: 'general',
    eligibleFirms: ['tech_sme', 'high_tech'],
    annualBudgetFen: yuan(30_000_000),
    claimCapFen: yuan(50_000),
    firmYearCapFen: yuan(100_000),
    firmTotalCapFen: yuan(300_000),
    voucherShareMaxPercent: 50,
    fullCoverageBelowFen: yuan(2_000),
    validityDays: 365,
    serviceCategories: allCategories,
    settlementModel: 'provider_paid',
    utilisationGatePercent: 0,
    spotCheckPercent: 10,
    recognisedCityCodes: allCities,
    claimWeight: 1,
    documentPrefix: '松财教',
  },
  {
    cityCode: 'SZ',
    name: { zh: '苏州市科技创新券', en: 'Suzhou Innovation Voucher' },
    voucherType: 'general',
    eligibleFirms: ['any_firm'],
    annualBudgetFen: yuan(60_000_000),
    claimCapFen: yuan(100_000),
    firmYearCapFen: yuan(200_000),
    firmTotalCapFen: yuan(500_000),
    voucherShareMaxPercent: 50,
    fullCoverageBelowFen: 0,
    validityDays: 365,
    serviceCategories: allCategories,
    settlementModel: 'provider_paid',
    utilisationGatePercent: 80,
    spotCheckPercent: 8,
    recognisedCityCodes: allCities,
    claimWeight: 1,
    documentPrefix: '苏财教',
  },
  {
    cityCode: 'SZ',
    name: { zh: '苏州市生物医药检测专项券', en: 'Suzhou Biomedicine Testing Voucher' },
    voucherType: 'special_purpose',
    eligibleFirms: ['high_tech'],
    annualBudgetFen: yuan(15_000_000),
    claimCapFen: yuan(80_000),
    firmYearCapFen: yuan(160_000),
    firmTotalCapFen: yuan(400_000),
    voucherShareMaxPercent: 60,
    fullCoverageBelowFen: 0,
    validityDays: 270,
    serviceCategories: ['testing'],
    settlementModel: 'provider_paid',
    utilisationGatePercent: 0,
    spotCheckPercent: 15,
    recognisedCityCodes: allCities,
    claimWeight: 0.3,
    documentPrefix: '苏财教',
  },
  {
    cityCode: 'HZ',
    name: { zh: '杭州市创新券', en: 'Hangzhou Innovation Voucher' },
    voucherType: 'general',
    eligibleFirms: ['tech_sme', 'high_tech', 'park_resident'],
    annualBudgetFen: yuan(30_000_000),
    claimCapFen: yuan(20_000),
    firmYearCapFen: yuan(100_000),
    firmTotalCapFen: yuan(300_000),
    voucherShareMaxPercent: 70,
    fullCoverageBelowFen: 0,
    validityDays: 365,
    serviceCategories: allCategories,
    settlementModel: 'provider_paid',
    utilisationGatePercent: 0,
    spotCheckPercent: 12,
    recognisedCityCodes: allCities,
    claimWeight: 1,
    documentPrefix: '杭财教',
  },
  {
    cityCode: 'JX',
    name: { zh: '嘉兴市科技创新券', en: 'Jiaxing Innovation Voucher' },
    voucherType: 'general',
    eligibleFirms: ['any_firm'],
    annualBudgetFen: yuan(8_000_000),
    claimCapFen: yuan(20_000),
    firmYearCapFen: yuan(60_000),
    firmTotalCapFen: yuan(200_000),
    voucherShareMaxPercent: 60,
    fullCoverageBelowFen: yuan(1_000),
    validityDays: 270,
    serviceCategories: ['testing', 'consulting', 'instrument_time'],
    settlementModel: 'provider_paid',
    utilisationGatePercent: 0,
    spotCheckPercent: 10,
    recognisedCityCodes: allCities,
    claimWeight: 1,
    documentPrefix: '嘉财教',
  },
  {
    cityCode: 'HUZ',
    name: { zh: '湖州市科技创新券', en: 'Huzhou Innovation Voucher' },
    voucherType: 'general',
    eligibleFirms: ['tech_sme', 'park_resident'],
    annualBudgetFen: yuan(5_000_000),
    claimCapFen: yuan(30_000),
    firmYearCapFen: yuan(60_000),
    firmTotalCapFen: yuan(150_000),
    voucherShareMaxPercent: 80,
    fullCoverageBelowFen: yuan(5_000),
    validityDays: 180,
    serviceCategories: ['testing', 'rd_design', 'instrument_time'],
    settlementModel: 'firm_reimbursed',
    utilisationGatePercent: 0,
    spotCheckPercent: 20,
    recognisedCityCodes: ['HUZ', 'HZ', 'JX', 'SH-SJ', 'SZ'],
    claimWeight: 1,
    documentPrefix: '湖财教',
  },
  {
    cityCode: 'JH',
    name: { zh: '金华市科技创新券', en: 'Jinhua Innovation Voucher' },
    voucherType: 'general',
    eligibleFirms: ['any_firm'],
    annualBudgetFen: yuan(5_000_000),
    claimCapFen: yuan(20_000),
    firmYearCapFen: yuan(50_000),
    firmTotalCapFen: yuan(150_000),
    voucherShareMaxPercent: 70,
    fullCoverageBelowFen: 0,
    validityDays: 300,
    serviceCategories: ['testing', 'consulting', 'instrument_time'],
    settlementModel: 'provider_paid',
    utilisationGatePercent: 0,
    spotCheckPercent: 15,
    recognisedCityCodes: allCities,
    claimWeight: 1,
    documentPrefix: '金财教',
  },
  {
    cityCode: 'HF',
    name: { zh: '合肥市科技创新券', en: 'Hefei Innovation Voucher' },
    voucherType: 'general',
    eligibleFirms: ['tech_sme', 'high_tech'],
    annualBudgetFen: yuan(60_000_000),
    claimCapFen: yuan(150_000),
    firmYearCapFen: yuan(300_000),
    firmTotalCapFen: yuan(1_000_000),
    voucherShareMaxPercent: 60,
    fullCoverageBelowFen: 0,
    validityDays: 365,
    serviceCategories: allCategories,
    settlementModel: 'provider_paid',
    utilisationGatePercent: 80,
    spotCheckPercent: 10,
    recognisedCityCodes: allCities,
    claimWeight: 1,
    documentPrefix: '合财教',
  },
  {
    cityCode: 'HF',
    name: { zh: '合肥市大型科学仪器共享专项券', en: 'Hefei Large Instrument Sharing Voucher' },
    voucherType: 'special_purpose',
    eligibleFirms: ['tech_sme'],
    annualBudgetFen: yuan(10_000_000),
    claimCapFen: yuan(50_000),
    firmYearCapFen: yuan(100_000),
    firmTotalCapFen: yuan(200_000),
    voucherShareMaxPercent: 80,
    fullCoverageBelowFen: 0,
    validityDays: 180,
    serviceCategories: ['instrument_time'],
    settlementModel: 'provider_paid',
    utilisationGatePercent: 0,
    spotCheckPercent: 5,
    recognisedCityCodes: allCities,
    claimWeight: 0.3,
    documentPrefix: '合财教',
  },
  {
    cityCode: 'WH',
    name: { zh: '芜湖市科技创新券', en: 'Wuhu Innovation Voucher' },
    voucherType: 'general',
    eligibleFirms: ['any_firm'],
    annualBudgetFen: yuan(10_000_000),
    claimCapFen: yuan(50_000),
    firmYearCapFen: yuan(100_000),
    firmTotalCapFen: yuan(300_000),
    voucherShareMaxPercent: 50,
    fullCoverageBelowFen: 0,
    validityDays: 365,
    serviceCategories: allCategories,
    settlementModel: 'firm_reimbursed',
    utilisationGatePercent: 0,
    spotCheckPercent: 10,
    recognisedCityCodes: ['WH', 'HF', 'XC', 'SH-SJ', 'SZ', 'HZ'],
    claimWeight: 1,
    documentPrefix: '芜财教',
  },
  {
    cityCode: 'XC',
    name: { zh: '宣城市科技创新券', en: 'Xuancheng Innovation Voucher' },
    voucherType: 'general',
    eligibleFirms: ['any_firm'],
    annualBudgetFen: yuan(4_000_000),
    claimCapFen: yuan(30_000),
    firmYearCapFen: yuan(60_000),
    firmTotalCapFen: yuan(120_000),
    voucherShareMaxPercent: 75,
    fullCoverageBelowFen: yuan(3_000),
    validityDays: 240,
    serviceCategories: ['testing', 'rd_design', 'instrument_time'],
    settlementModel: 'provider_paid',
    utilisationGatePercent: 0,
    spotCheckPercent: 20,
    recognisedCityCodes: allCities,
    claimWeight: 1,
    documentPrefix: '宣财教',
  },
]

export interface ProductTemplate {
  category: ServiceCategory
  name: Bilingual
  description: Bilingual
  unit: PriceUnit
  /** the price range in yuan; prices are drawn in whole yuan steps of `stepYuan` */
  priceYuan: readonly [number, number]
  stepYuan: number
}

const instrumentNote: Bilingual = {
  zh: '开放共享，预约制，含上机培训与原始数据导出',
  en: 'Shared by booking, with operator training and raw data export',
}

function instrument(
  name: Bilingual,
  what: Bilingual,
  unit: PriceUnit,
  priceYuan: readonly [number, number],
): ProductTemplate {
  return {
    category: 'instrument_time',
    name,
    description: { zh: `${what.zh}；${instrumentNote.zh}`, en: `${what.en}. ${instrumentNote.en}` },
    unit,
    priceYuan,
    stepYuan: 10,
  }
}

export const productTemplates: readonly ProductTemplate[] = [
  // testing
  {
    category: 'testing',
    name: { zh: '材料成分分析', en: 'Material composition analysis' },
    description: {
      zh: '采用ICP-OES与XRF测定金属及无机材料的主量与微量元素，出具CMA检测报告',
      en: 'Major and trace elements of metals and inorganic materials by ICP-OES and XRF, with a CMA report',
    },
    unit: 'per_sample',
    priceYuan: [600, 1_800],
    stepYuan: 50,
  },
  {
    category: 'testing',
    name: { zh: '电磁兼容（EMC）测试', en: 'Electromagnetic compatibility (EMC) testing' },
    description: {
      zh: '依据GB/T 17626与CISPR系列标准开展辐射、传导发射及抗扰度测试',
      en: 'Radiated and conducted emission and immunity tests to GB/T 17626 and CISPR',
    },
    unit: 'per_service',
    priceYuan: [18_000, 60_000],
    stepYuan: 500,
  },
  {
    category: 'testing',
    name: { zh: '环境可靠性试验', en: 'Environmental reliability testing' },
    description: {
      zh: '高低温、湿热、盐雾与振动冲击试验，出具CMA/CNAS报告',
      en: 'Temperature, damp heat, salt spray, vibration and shock tests with a CMA/CNAS report',
    },
    unit: 'per_service',
    priceYuan: [8_000, 35_000],
    stepYuan: 500,
  },
  {
    category: 'testing',
    name: { zh: '锂电池安全性能检测', en: 'Lithium battery safety testing' },
    description: {
      zh: '依据GB 38031开展挤压、过充、热失控扩散等安全项目检测',
      en: 'Crush, overcharge and thermal propagation tests to GB 38031',
    },
    unit: 'per_sample',
    priceYuan: [6_000, 20_000],
    stepYuan: 500,
  },
  {
    category: 'testing',
    name: { zh: '医疗器械生物相容性评价', en: 'Medical device biocompatibility evaluation' },
    description: {
      zh: '依据GB/T 16886开展细胞毒性、致敏与刺激试验',
      en: 'Cytotoxicity, sensitisation and irritation tests to GB/T 16886',
    },
    unit: 'per_service',
    priceYuan: [25_000, 80_000],
    stepYuan: 1_000,
  },
  {
    category: 'testing',
    name: { zh: '药物杂质谱分析', en: 'Drug impurity profiling' },
    description: {
      zh: '采用LC-MS/MS鉴定并定量原料药及制剂中的有关物质',
      en: 'Identification and quantification of related substances in APIs and formulations by LC-MS/MS',
    },
    unit: 'per_sample',
    priceYuan: [3_000, 12_000],
    stepYuan: 100,
  },
  {
    category: 'testing',
    name: { zh: '集成电路失效分析', en: 'Integrated circuit failure analysis' },
    description: {
      zh: '开封、X射线透视、红外热点定位与FIB截面分析，定位失效根因',
      en: 'Decapsulation, X-ray, infrared hot-spot location and FIB cross-sections to find the root cause',
    },
    unit: 'per_service',
    priceYuan: [10_000, 45_000],
    stepYuan: 500,
  },
  {
    category: 'testing',
    name: { zh: '工业CT无损检测', en: 'Industrial CT non-destructive testing' },
    description: {
      zh: '工业CT与超声探伤检测零部件内部缺陷并三维重建',
      en: 'Internal defects of parts found by industrial CT and ultrasound, with 3D reconstruction',
    },
    unit: 'per_sample',
    priceYuan: [1_500, 6_000],
    stepYuan: 100,
  },
  {
    category: 'testing',
    name: { zh: '仪器设备计量校准', en: 'Instrument calibration' },
    description: {
      zh: '长度、力学与电学仪器计量校准，出具校准证书',
      en: 'Calibration of length, force and electrical instruments, with certificates',
    },
    unit: 'per_service',
    priceYuan: [800, 5_000],
    stepYuan: 100,
  },
  {
    category: 'testing',
    name: { zh: '软件产品质量测评', en: 'Software product quality evaluation' },
    description: {
      zh: '依据GB/T 25000.51开展功能、性能与信息安全测评',
      en: 'Functional, performance and security evaluation to GB/T 25000.51',
    },
    unit: 'per_service',
    priceYuan: [15_000, 50_000],
    stepYuan: 500,
  },
  // R&D design
  {
    category: 'rd_design',
    name: { zh: '工业设计与结构设计', en: 'Industrial and mechanical design' },
    description: {
      zh: '外观、结构与人机工程设计，交付三维模型与工程图纸',
      en: 'Appearance, structure and ergonomics, delivered as 3D models and engineering drawings',
    },
    unit: 'per_service',
    priceYuan: [30_000, 150_000],
    stepYuan: 1_000,
  },
  {
    category: 'rd_design',
    name: { zh: '结构仿真分析（CAE）', en: 'Structural simulation (CAE)' },
    description: {
      zh: '有限元强度、模态与热仿真分析，给出优化建议',
      en: 'Finite-element strength, modal and thermal analysis with design recommendations',
    },
    unit: 'per_service',
    priceYuan: [20_000, 90_000],
    stepYuan: 1_000,
  },
  {
    category: 'rd_design',
    name: { zh: '集成电路版图设计', en: 'IC layout design' },
    description: {
      zh: '模拟与混合信号电路版图设计及DRC/LVS验证',
      en: 'Analog and mixed-signal layout with DRC/LVS verification',
    },
    unit: 'per_service',
    priceYuan: [60_000, 300_000],
    stepYuan: 5_000,
  },
  {
    category: 'rd_design',
    name: { zh: '小试工艺开发', en: 'Lab-scale process development' },
    description: {
      zh: '合成路线筛选与小试工艺优化，交付工艺包',
      en: 'Synthetic route screening and lab-scale optimisation, delivered as a process package',
    },
    unit: 'per_service',
    priceYuan: [50_000, 250_000],
    stepYuan: 5_000,
  },
  {
    category: 'rd_design',
    name: { zh: '嵌入式软硬件原型开发', en: 'Embedded hardware and software prototyping' },
    description: {
      zh: '电路设计、PCB打样与固件开发，交付可运行样机',
      en: 'Circuit design, PCB prototypes and firmware, delivered as a working prototype',
    },
    unit: 'per_service',
    priceYuan: [40_000, 200_000],
    stepYuan: 2_000,
  },
  {
    category: 'rd_design',
    name: { zh: '模具与工装设计', en: 'Mould and fixture design' },
    description: {
      zh: '注塑模具与检具设计，附模流分析报告',
      en: 'Injection mould and gauge design with a mould-flow analysis',
    },
    unit: 'per_service',
    priceYuan: [25_000, 120_000],
    stepYuan: 1_000,
  },
  {
    category: 'rd_design',
    name: { zh: '新材料配方开发', en: 'Materials formulation development' },
    description: {
      zh: '复合材料与功能涂层配方设计及性能验证',
      en: 'Composite and functional coating formulations with performance validation',
    },
    unit: 'per_service',
    priceYuan: [40_000, 180_000],
    stepYuan: 2_000,
  },
  {
    category: 'rd_design',
    name: { zh: '视觉检测算法定制开发', en: 'Custom visual inspection algorithms' },
    description: {
      zh: '缺陷检测与预测性维护模型的训练、评估与部署',
      en: 'Training, evaluating and deploying defect detection and predictive maintenance models',
    },
    unit: 'per_service',
    priceYuan: [50_000, 260_000],
    stepYuan: 5_000,
  },
  // consulting
  {
    category: 'consulting',
    name: { zh: '科技查新', en: 'Novelty search' },
    description: {
      zh: '国内外文献与专利检索，出具查新报告',
      en: 'Literature and patent search at home and abroad, with a novelty report',
    },
    unit: 'per_service',
    priceYuan: [1_500, 4_000],
    stepYuan: 100,
  },
  {
    category: 'consulting',
    name: { zh: '专利导航与布局分析', en: 'Patent landscaping' },
    description: {
      zh: '技术领域专利态势分析与专利布局建议',
      en: 'The patent landscape of a field, with filing recommendations',
    },
    unit: 'per_service',
    priceYuan: [15_000, 60_000],
    stepYuan: 1_000,
  },
  {
    category: 'consulting',
    name: { zh: '技术路线图咨询', en: 'Technology roadmap consulting' },
    description: {
      zh: '梳理产品技术路线，识别关键技术与合作资源',
      en: 'Mapping a product technology roadmap, its key technologies and partners',
    },
    unit: 'per_service',
    priceYuan: [10_000, 50_000],
    stepYuan: 1_000,
  },
  {
    category: 'consulting',
    name: { zh: '标准化咨询', en: 'Standardisation consulting' },
    description: {
      zh: '企业标准与团体标准起草及申报辅导',
      en: 'Drafting enterprise and association standards and filing them',
    },
    unit: 'per_service',
    priceYuan: [10_000, 40_000],
    stepYuan: 1_000,
  },
  {
    category: 'consulting',
    name: { zh: '技术成熟度评价', en: 'Technology readiness assessment' },
    description: {
      zh: '依据GB/T 22900评价技术成熟度等级并给出提升建议',
      en: 'Technology readiness level assessed to GB/T 22900, with next steps',
    },
    unit: 'per_service',
    priceYuan: [8_000, 30_000],
    stepYuan: 500,
  },
  {
    category: 'consulting',
    name: { zh: '研发管理体系咨询', en: 'R&D management system consulting' },
    description: {
      zh: '研发项目立项、研发费用归集与知识产权管理辅导',
      en: 'Project set-up, R&D cost accounting and IP management',
    },
    unit: 'per_service',
    priceYuan: [8_000, 30_000],
    stepYuan: 500,
  },
  {
    category: 'consulting',
    name: { zh: '产品认证咨询', en: 'Product certification consulting' },
    description: {
      zh: 'CE、UL与CCC认证路径规划与整改辅导',
      en: 'Planning the path to CE, UL and CCC certification and the fixes it needs',
    },
    unit: 'per_service',
    priceYuan: [12_000, 50_000],
    stepYuan: 1_000,
  },
  // instrument time
  instrument(
    { zh: '扫描电子显微镜（SEM）机时', en: 'Scanning electron microscope (SEM) time' },
    { zh: '场发射扫描电镜形貌观察与能谱分析', en: 'Field-emission SEM imaging and EDS analysis' },
    'per_hour',
    [300, 800],
  ),
  instrument(
    { zh: '透射电子显微镜（TEM）机时', en: 'Transmission electron microscope (TEM) time' },
    {
      zh: '高分辨透射电子显微镜成像与选区电子衍射',
      en: 'High-resolution transmission electron imaging and selected-area diffraction',
    },
    'per_hour',
    [800, 2_000],
  ),
  instrument(
    { zh: '核磁共振波谱仪（NMR）机时', en: 'NMR spectrometer time' },
    { zh: '600 MHz液体核磁一维与二维谱图采集', en: '1D and 2D spectra on a 600 MHz liquid-state NMR' },
    'per_hour',
    [400, 1_200],
  ),
  instrument(
    { zh: '高分辨质谱仪机时', en: 'High-resolution mass spectrometer time' },
    {
      zh: 'Orbitrap高分辨质谱定性与定量分析',
      en: 'Orbitrap high-resolution qualitative and quantitative MS',
    },
    'per_hour',
    [500, 1_500],
  ),
  instrument(
    { zh: 'X射线衍射（XRD）测试', en: 'X-ray diffraction (XRD) measurement' },
    {
      zh: '粉末与薄膜物相分析及晶粒尺寸计算',
      en: 'Phase analysis of powders and films with crystallite size',
    },
    'per_sample',
    [200, 600],
  ),
  instrument(
    { zh: '激光共聚焦显微镜机时', en: 'Confocal laser scanning microscope time' },
    { zh: '活细胞与组织多通道荧光成像', en: 'Multi-channel fluorescence imaging of live cells and tissue' },
    'per_hour',
    [300, 700],
  ),
  instrument(
    { zh: '流式细胞仪机时', en: 'Flow cytometer time' },
    { zh: '多色流式细胞分析与分选', en: 'Multi-colour flow cytometry analysis and sorting' },
    'per_hour',
    [200, 500],
  ),
  instrument(
    { zh: 'GPU算力节点', en: 'GPU computing node' },
    { zh: '8卡GPU服务器整机租用，用于模型训练', en: 'An eight-GPU server for model training' },
    'per_day',
    [800, 3_000],
  ),
  instrument(
    { zh: '电波暗室租用', en: 'Anechoic chamber hire' },
    { zh: '10米法电波暗室整场租用，用于EMC预测试', en: 'A 10 m anechoic chamber for EMC pre-compliance' },
    'per_day',
    [6_000, 15_000],
  ),
]

/** How often each kind of provider offers each category. */
export const categoryWeightsByProviderKind: Record<string, Record<ServiceCategory, number>> = {
  lab: { testing: 4, instrument_time: 4, rd_design: 1, consulting: 1 },
  test_centre: { testing: 6, instrument_time: 2, rd_design: 0, consulting: 1 },
  university: { testing: 1, instrument_time: 3, rd_design: 3, consulting: 2 },
  research_institute: { testing: 2, instrument_time: 2, rd_design: 4, consulting: 3 },
}

/** Delivery takes days to weeks: [shortest, longest] days from order to the provider's redemption claim. */
export const deliveryDaysByCategory: Record<ServiceCategory, readonly [number, number]> = {
  testing: [4, 25],
  instrument_time: [2, 18],
  consulting: [7, 40],
  rd_design: [20, 80],
}

/** What each category's deliverable is called (the file name). */
export const deliverableWordByCategory: Record<ServiceCategory, string> = {
  testing: 'test-report',
  instrument_time: 'instrument-data',
  consulting: 'consulting-report',
  rd_design: 'design-package',
}

const both = (text: Bilingual) => `${text.zh} / ${text.en}`

export const claimPurposes: readonly string[] = [
  { zh: '委托开展新产品可靠性检测，支撑产品定型', en: 'Reliability testing to qualify a new product' },
  { zh: '新材料配方研发中的成分与性能测试', en: 'Composition and performance tests for a new formulation' },
  { zh: '产品结构优化设计与仿真验证', en: 'Optimising and simulating a product structure' },
  { zh: '研发管理体系与知识产权咨询', en: 'R&D management and IP consulting' },
  { zh: '借用大型科学仪器开展样品表征', en: 'Characterising samples on shared large instruments' },
  { zh: '核心技术专利布局分析', en: 'Patent landscaping around the core technology' },
  { zh: '样机电磁兼容摸底测试', en: 'Pre-compliance EMC testing of a prototype' },
  { zh: '工艺放大前的小试工艺开发', en: 'Lab-scale process development before scale-up' },
  { zh: '质检模型训练所需算力', en: 'Computing time to train an inspection model' },
  { zh: '出口认证前的检测与咨询', en: 'Testing and consulting before export certification' },
].map(both)

export const claimRejectionReasons: readonly string[] = [
  {
    zh: '申报材料不完整：缺少服务合同草案',
    en: 'Incomplete application: the draft service contract is missing',
  },
  { zh: '申领用途不在创新券支持范围内', en: 'The stated purpose is outside what the voucher supports' },
  { zh: '未提供上年度研发费用辅助账', en: "Last year's R&D expense ledger was not provided" },
  { zh: '同一项目已获其他财政资金支持', en: 'The same project already receives other public funding' },
  { zh: '企业存在未办结的失信记录', en: 'The firm has an unresolved credit-default record' },
].map(both)

export const budgetExhaustedReason = both({
  zh: '本年度预算额度已用完，请明年再申领',
  en: "This year's budget is used up; please claim again next year",
})

export const approvalNotes: readonly string[] = [
  { zh: '按可核定服务费用核减', en: 'Reduced to the service costs that could be verified' },
  { zh: '核减至本年度剩余额度', en: "Reduced to the firm's remaining quota for the year" },
].map(both)

export const cancelReasons: readonly string[] = [
  { zh: '需求变更，暂缓委托', en: 'Requirements changed; the commission is postponed' },
  { zh: '服务机构排期无法满足', en: 'The provider cannot meet the schedule' },
  { zh: '改为委托其他机构', en: 'Commissioned elsewhere instead' },
  { zh: '样品尚未准备好', en: 'The samples are not ready yet' },
].map(both)

export const redemptionRejectionReasons: readonly string[] = [
  { zh: '发票抬头与合同主体不一致', en: 'The invoice names a party other than the contract' },
  { zh: '交付物缺少盖章页', en: 'The deliverable lacks the stamped signature page' },
  { zh: '合同金额与订单金额不符', en: 'The contract amount differs from the order' },
  { zh: '服务内容与所订产品不一致', en: 'The service delivered differs from the product ordered' },
].map(both)

export const spotCheckPassedNotes: readonly string[] = [
  { zh: '抽查通过：原始记录与报告一致', en: 'Passed: the raw records match the report' },
  { zh: '现场核查通过', en: 'On-site check passed' },
].map(both)

export const spotCheckFailedNotes: readonly string[] = [
  { zh: '抽查未通过：检测原始记录缺失', en: 'Failed: the raw test records are missing' },
  { zh: '抽查未通过：报告日期早于合同签订日期', en: 'Failed: the report predates the contract' },
].map(both)

export const firmCommentsByRating: Record<number, readonly string[]> = {
  5: [
    { zh: '服务专业，报告详实', en: 'Professional service and a thorough report' },
    { zh: '响应迅速，按期交付', en: 'Quick to respond, delivered on time' },
  ].map(both),
  4: [{ zh: '总体满意，沟通顺畅', en: 'Satisfied overall; easy to work with' }].map(both),
  3: [{ zh: '交付略有延期', en: 'Delivery ran slightly late' }].map(both),
  2: [{ zh: '报告需多次修改', en: 'The report needed several revisions' }].map(both),
  1: [{ zh: '交付物与约定不符', en: 'The deliverable was not what was agreed' }].map(both),
}
