// Reads labelled comments for replaying as moderator decisions: OLID's TSV
// (header `id tweet subtask_a ...`, OFF/NOT) or a CSV with `text,label`.
import { parse } from 'csv-parse/sync';

export interface LabelledText {
  text: string;
  offensive: boolean;
}

const TRUE_LABELS = new Set(['1', 'true', 'yes', 'off', 'offensive', 'reject', 'rejected', 'abusive', 'toxic']);
const FALSE_LABELS = new Set(['0', 'false', 'no', 'not', 'not_offensive', 'not offensive', 'non-offensive', 'approve', 'approved', 'clean', 'ok']);

export function parseLabel(raw: string): boolean {
  const label = raw.trim().toLowerCase();
  if (TRUE_LABELS.has(label)) return true;
  if (FALSE_LABELS.has(label)) return false;
  throw new Error(`unknown label "${raw}"`);
}

/** Parses OLID TSV or text,label CSV, chosen by the header line. */
export function parseLabelledText(content: string): LabelledText[] {
  const firstLine = content.slice(0, content.search(/\r?\n|$/));
  const isOlid = firstLine.split('\t').includes('subtask_a');
  const rows = parse(content, {
    delimiter: isOlid ? '\t' : ',',
    columns: true,
    bom: true,
    skip_empty_lines: true,
    relax_quotes: true,
    relax_column_count: true,
    trim: false,
  }) as Record<string, string | undefined>[];
  const textColumn = isOlid ? 'tweet' : 'text';
  const labelColumn = isOlid ? 'subtask_a' : 'label';
  return rows.map((row, i) => {
    const text = row[textColumn];
    const label = row[labelColumn];
    if (text === undefined || label === undefined) {
      throw new Error(`row ${i + 2}: needs "${textColumn}" and "${labelColumn}" columns`);
    }
    return { text, offensive: parseLabel(label) };
  });
}
