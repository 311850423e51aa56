// Files users download: CSV and Excel workbooks of payment batches and reports.
export { toCsv, type Cell } from './csv'
export { toXlsx, xlsxContentType, type Sheet } from './xlsx'
