// Files users download: CSV and Excel workbooks of payment batches and reports, both written from one column
// description (server/platform/export/columns.ts).
export { type Cell, type Column, type ColumnKind, type Row, yuanTextOfFen } from './columns'
export { toCsv } from './csv'
export { toXlsx, xlsxContentType, xlsxRowsPerSheetMax, type Sheet } from './xlsx'
export {
  exportFile,
  exportRoute,
  exportRowsMax,
  ExportFields,
  nameIn,
  type ExportColumn,
  type ExportLanguage,
  type ExportTable,
} from './list-export'
