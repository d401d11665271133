/**
 * Reads the article export format: article paragraphs, then a line such as
 * "4 Comments", then author-name / comment-text pairs. Tolerates CRLF, blank
 * lines, a missing count line, a count that disagrees with the pairs, and
 * comments that span several lines.
 */
export interface ParsedArticleText {
  title: string;
  body: string;
  comments: { author: string; body: string }[];
  declaredCount: number | null;
  warnings: string[];
}

const COUNT_LINE = /^\s*(\d[\d,.]*)\s+comments?\s*$/i;
const SENTENCE_END = /[.!?…:;,"'”’)\]]$/;

/** A line that can be a commenter's name: short, few words, not a sentence. */
function looksLikeAuthor(line: string): boolean {
  const t = line.trim();
  if (t.length === 0 || t.length > 60) return false;
  if (SENTENCE_END.test(t)) return false;
  return t.split(/\s+/).length <= 6;
}

function makeTitle(paragraphs: string[]): { title: string; rest: string[] } {
  const first = paragraphs[0] ?? '';
  if (paragraphs.length > 1 && first.length <= 200 && !/[.!?]$/.test(first.trim())) {
    return { title: first.trim(), rest: paragraphs.slice(1) };
  }
  const sentence = first.match(/^.+?[.!?](?=\s|$)/)?.[0] ?? first;
  const title = sentence.length <= 160 ? sentence : `${sentence.slice(0, 157).replace(/\s+\S*$/, '')}…`;
  return { title: title.trim() || 'Untitled article', rest: paragraphs };
}

/** Splits the comment section into author/comment pairs. */
function pairComments(lines: string[], warnings: string[]): { author: string; body: string }[] {
  const comments: { author: string; body: string[] }[] = [];
  let expectBody = false;
  for (const raw of lines) {
    const line = raw.trim();
    if (!line) continue;
    if (expectBody) {
      // A comment needs at least one line, so the line after a name is always text.
      comments.at(-1)?.body.push(line);
      expectBody = false;
    } else if (looksLikeAuthor(line) || comments.length === 0) {
      comments.push({ author: line, body: [] });
      expectBody = true;
    } else {
      comments.at(-1)?.body.push(line);
    }
  }
  const last = comments.at(-1);
  if (last && last.body.length === 0) {
    warnings.push(`the last name "${last.author}" has no comment text; ignored`);
    comments.pop();
  }
  return comments.map((c) => ({ author: c.author, body: c.body.join('\n') }));
}

/** Without a count line, the comments start at the first name-like line after the article's text. */
function findCommentStart(lines: string[]): number {
  let seenParagraph = false;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]?.trim() ?? '';
    if (!line) continue;
    if (!looksLikeAuthor(line)) {
      seenParagraph = true;
      continue;
    }
    // A short line before any paragraph is the title, not a commenter.
    const hasText = lines.slice(i + 1).some((l) => l.trim());
    if (seenParagraph && hasText) return i;
  }
  return lines.length;
}

export function parseArticleText(text: string): ParsedArticleText {
  const warnings: string[] = [];
  const lines = text.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/);
  let countIndex = lines.findIndex((l) => COUNT_LINE.test(l));
  let declaredCount: number | null = null;
  let articleLines: string[];
  let commentLines: string[];
  if (countIndex >= 0) {
    declaredCount = Number((lines[countIndex]?.match(COUNT_LINE)?.[1] ?? '0').replace(/[,.]/g, ''));
    articleLines = lines.slice(0, countIndex);
    commentLines = lines.slice(countIndex + 1);
  } else {
    countIndex = findCommentStart(lines);
    warnings.push('no "N Comments" line found; comments located by their layout');
    articleLines = lines.slice(0, countIndex);
    commentLines = lines.slice(countIndex);
  }
  const paragraphs = articleLines.map((l) => l.trim()).filter(Boolean);
  if (paragraphs.length === 0) throw new Error('the file has no article text');
  const { title, rest } = makeTitle(paragraphs);
  const comments = pairComments(commentLines, warnings);
  if (declaredCount !== null && declaredCount !== comments.length) {
    warnings.push(`the file says ${declaredCount} comments but holds ${comments.length}; importing what is there`);
  }
  return { title, body: rest.join('\n\n'), comments, declaredCount, warnings };
}
