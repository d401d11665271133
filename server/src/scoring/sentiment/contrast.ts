import { CONTRAST_STRONG, CONTRAST_WEAK } from './constants';
import type { Item } from './scorer';

/**
 * Where the text turns. "but" weighs the rest of its sentence over what came
 * before in it; a sentence-opening "However" weighs everything after it over
 * everything before; "although" weakens its own clause and strengthens the
 * rest of its sentence.
 */
export type ContrastMark =
  | { kind: 'boundary'; token: number; sentence: number }
  | { kind: 'but' | 'concessive' | 'discourse'; token: number; sentence: number; word: string };

function scale(item: Item, factor: number, note: string): void {
  item.weight *= factor;
  item.notes.push(note);
}

export function applyContrast(items: Item[], marks: readonly ContrastMark[]): void {
  if (items.length === 0) return;
  for (let m = 0; m < marks.length; m++) {
    const mark = marks[m]!;
    if (mark.kind === 'boundary') continue;
    const quoted = `'${mark.word.toLowerCase()}'`;
    if (mark.kind === 'but') {
      for (const item of items) {
        if (item.sentence !== mark.sentence) continue;
        if (item.token < mark.token) scale(item, CONTRAST_WEAK, `outweighed by what follows ${quoted}`);
        else scale(item, CONTRAST_STRONG, `after ${quoted}`);
      }
    } else if (mark.kind === 'discourse') {
      for (const item of items) {
        if (item.token < mark.token) scale(item, CONTRAST_WEAK, `outweighed by what follows ${quoted}`);
        else scale(item, CONTRAST_STRONG, `after ${quoted}`);
      }
    } else {
      // The concessive clause runs to the next clause punctuation in the sentence.
      let clauseEnd = Number.POSITIVE_INFINITY;
      for (let k = m + 1; k < marks.length; k++) {
        const later = marks[k]!;
        if (later.sentence !== mark.sentence || later.kind === 'boundary' || later.kind === 'but') {
          clauseEnd = later.token;
          break;
        }
      }
      for (const item of items) {
        if (item.sentence !== mark.sentence) continue;
        if (item.token > mark.token && item.token < clauseEnd) scale(item, CONTRAST_WEAK, `conceded by ${quoted}`);
        else scale(item, CONTRAST_STRONG, `outweighs the ${quoted} clause`);
      }
    }
  }
}
