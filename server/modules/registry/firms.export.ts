// The firms list as a file: what the list shows (same filters, same order), with city, industry and park names and
// coded values by name, in the language asked for. Private figures stay out: the list is public.
import { nameIn, type ExportColumn } from '../../platform/export'
import type { FirmListRow } from './organisations.repository'
import { cityNameOf, codeNameOf, yesNo } from './registry.names'

export const firmExportColumns: readonly ExportColumn<FirmListRow>[] = [
  { zh: '统一社会信用代码', en: 'Credit code', kind: 'text', value: (firm) => firm.creditCode },
  {
    zh: '企业名称',
    en: 'Firm',
    kind: 'text',
    value: (firm, language) => nameIn(language, firm),
  },
  { zh: '城市', en: 'City', kind: 'text', value: (firm, language) => cityNameOf(firm.cityCode, language) },
  {
    zh: '产业',
    en: 'Industry',
    kind: 'text',
    value: (firm, language) => nameIn(language, { nameZh: firm.industryNameZh, nameEn: firm.industryNameEn }),
  },
  {
    zh: '所在园区',
    en: 'Park',
    kind: 'text',
    value: (firm, language) =>
      firm.parkNameZh === null || firm.parkNameEn === null
        ? null
        : nameIn(language, { nameZh: firm.parkNameZh, nameEn: firm.parkNameEn }),
  },
  {
    zh: '发展阶段',
    en: 'Stage',
    kind: 'text',
    value: (firm, language) => codeNameOf('stage', firm.stage, language),
  },
  {
    zh: '规模',
    en: 'Size',
    kind: 'text',
    value: (firm, language) => codeNameOf('size', firm.size, language),
  },
  {
    zh: '高新技术企业',
    en: 'High-tech',
    kind: 'text',
    value: (firm, language) => yesNo(firm.isHighTech, language),
  },
  { zh: '龙头企业', en: 'Leading', kind: 'text', value: (firm, language) => yesNo(firm.isLeading, language) },
  {
    zh: '科技型中小企业',
    en: 'Tech SME',
    kind: 'text',
    value: (firm, language) => yesNo(firm.isTechSme, language),
  },
  { zh: '成立日期', en: 'Founded', kind: 'date', value: (firm) => firm.foundedOn },
]
