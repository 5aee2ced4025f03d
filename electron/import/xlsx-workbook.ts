// Reading an Excel workbook with exceljs: sheet names, and one sheet's cells as text. Formulas are never evaluated:
// a formula cell gives the value Excel cached when it last saved the file, or, without one, the formula itself
// as text ("=A2&B2"), so what the user saw in Excel is what is imported.
import ExcelJS from 'exceljs';
import { ImportError } from '../../shared/import/import-error';

type CellValue = ExcelJS.CellValue;

function isoDate(date: Date): string {
  const iso = date.toISOString();
  return iso.endsWith('T00:00:00.000Z') ? iso.slice(0, 10) : iso;
}

/** Any exceljs cell value as the text the sheet shows. */
export function cellText(value: CellValue): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? '' : isoDate(value);
  if ('richText' in value && Array.isArray(value.richText)) return value.richText.map((part) => part.text ?? '').join('');
  if ('hyperlink' in value) return cellText((value as { text?: CellValue }).text ?? value.hyperlink);
  if ('formula' in value || 'sharedFormula' in value) {
    const formula = value as { formula?: string; sharedFormula?: string; result?: CellValue };
    if (formula.result !== undefined && formula.result !== null) return cellText(formula.result);
    return `=${formula.formula ?? formula.sharedFormula ?? ''}`;
  }
  if ('error' in value) return String(value.error);
  return '';
}

export interface SheetRows {
  rows: string[][];
  /** The sheet's own row number for each row (empty rows are not listed by exceljs). */
  rowNumbers: number[];
}

export class XlsxWorkbook {
  private constructor(private readonly workbook: ExcelJS.Workbook) {}

  static async load(bytes: Uint8Array, fileName: string): Promise<XlsxWorkbook> {
    const workbook = new ExcelJS.Workbook();
    try {
      await workbook.xlsx.load(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) as unknown as ArrayBuffer);
    } catch {
      throw new ImportError('UNREADABLE', `“${fileName}” looks like an Excel workbook but could not be read; open it in Excel and save it again, or save it as CSV.`);
    }
    if (workbook.worksheets.length === 0) throw new ImportError('EMPTY', `“${fileName}” has no sheets to import.`);
    return new XlsxWorkbook(workbook);
  }

  get sheetNames(): string[] {
    return this.workbook.worksheets.map((sheet) => sheet.name);
  }

  /** A sheet's rows as text; the first sheet when `name` is null. */
  readSheet(name: string | null): SheetRows & { name: string } {
    const sheet = name === null ? this.workbook.worksheets[0] : this.workbook.worksheets.find((s) => s.name === name);
    if (!sheet) throw new ImportError('UNREADABLE', `The workbook has no sheet named “${name}”; its sheets are ${this.sheetNames.map((n) => `“${n}”`).join(', ')}.`);
    const rows: string[][] = [];
    const rowNumbers: number[] = [];
    sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
      // row.values is 1-based and sparse: index 0 is unused, empty cells are holes.
      const values = row.values as CellValue[];
      const cells: string[] = [];
      for (let i = 1; i < values.length; i++) cells.push(cellText(values[i]));
      rows.push(cells);
      rowNumbers.push(rowNumber);
    });
    return { name: sheet.name, rows, rowNumbers };
  }
}
