/**
 * Spreadsheet formula injection: a cell starting with = + - @ (or a tab or
 * carriage return, which some programs skip before reading a formula) is run
 * as a formula when the CSV is opened. A leading apostrophe makes it text.
 * Applied to text cells only: numbers such as -0.5 are data, not formulas.
 */
export function escapeFormula(value: string | null): string | null {
  if (value === null || value === '') return value;
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}
