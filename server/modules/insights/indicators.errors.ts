import { defineErrors } from '../../platform/errors'

export const indicatorErrors = defineErrors({
  INSIGHTS_INDICATOR_NOT_FOUND: { status: 404, zh: '未找到该指标', en: 'No such indicator' },
  INSIGHTS_INDICATOR_SCOPE_INVALID: {
    status: 422,
    zh: '范围与指标不符：走廊指标填 G60，城市指标填九城之一的城市代码',
    en: 'The scope does not fit the indicator: G60 for a corridor indicator, one of the nine cities for a city one',
  },
  INSIGHTS_INDICATOR_MEASURED: {
    status: 422,
    zh: '该指标由平台记录自动计算，不能手工录入',
    en: 'This indicator is computed from the platform’s records and cannot be entered by hand',
  },
  INSIGHTS_INDICATOR_VALUE_SOURCE_MISSING: {
    status: 422,
    zh: '请注明数据来源（发布机构或公报）',
    en: 'Name the source of the value (who published it, or the bulletin)',
  },
  INSIGHTS_INDICATOR_VALUE_PRECISION: {
    status: 422,
    zh: '数值的小数位数超过该指标的精度',
    en: 'The value has more decimals than the indicator is reported with',
  },
  INSIGHTS_INDICATOR_PUBLICATION_DATE_INVALID: {
    status: 422,
    zh: '发布日期须不早于统计期末，且不晚于今天',
    en: 'The publication date must be on or after the end of the period, and not after today',
  },
  INSIGHTS_INDICATOR_VALUE_DUPLICATE: {
    status: 409,
    zh: '该指标在此范围和统计期已有数值；如需更正，请选择替换',
    en: 'The indicator has a value for this scope and period already; ask to replace it to correct it',
  },
  INSIGHTS_IMPORT_INVALID: {
    status: 422,
    zh: '导入文件中有不符合要求的行，未导入任何数据',
    en: 'Some rows of the file are not valid; nothing was imported',
  },
  INSIGHTS_IMPORT_FORMAT: {
    status: 422,
    zh: '无法读取导入文件：须为 UTF-8 编码的 CSV 或 Excel（.xlsx）文件，首行为规定的列名',
    en: 'The file cannot be read: a UTF-8 CSV or an Excel (.xlsx) file is needed, with the named columns in its first row',
  },
  INSIGHTS_IMPORT_TOO_LARGE: {
    status: 413,
    zh: '导入文件过大或行数过多',
    en: 'The file is too large or has too many rows',
  },
})
