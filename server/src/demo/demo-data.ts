import type { CommentInput } from '@sift/shared';
import { demoArticles, type DemoArticle } from './demo-articles';
import { firstNames, handles, phrases, replyOpeners, topicPhrases, type DemoKind } from './demo-phrases';

/** Deterministic PRNG (mulberry32), so every fresh install shows the same demo. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function pick<T>(rand: () => number, items: readonly T[]): T {
  const item = items[Math.floor(rand() * items.length)];
  if (item === undefined) throw new Error('pick from an empty list');
  return item;
}

function weighted<T>(rand: () => number, items: readonly T[], weight: (t: T) => number): T {
  const total = items.reduce((s, t) => s + weight(t), 0);
  let r = rand() * total;
  for (const t of items) {
    r -= weight(t);
    if (r <= 0) return t;
  }
  return items[items.length - 1] as T;
}

/** Share of each kind of comment; contentious stories shift weight to the abusive kinds. */
function kindWeights(edge: number): [DemoKind, number][] {
  return [
    ['praise', 16 - 8 * edge],
    ['agree', 14],
    ['neutral', 16],
    ['question', 9],
    ['disagree', 14 + 6 * edge],
    ['angry', 6 + 8 * edge],
    ['insult', 2 + 5 * edge],
    ['profanity', 2 + 4 * edge],
    ['shouting', 1 + 3 * edge],
    ['spam', 4],
    ['threat', 0.3 + 1.2 * edge],
    ['hate', 0.2 + 1.3 * edge],
    ['personal', 0.8],
  ];
}

export interface DemoDataSet {
  articles: (DemoArticle & { publishedAt: string })[];
  comments: (CommentInput & { articleExternalId: string })[];
}

/**
 * Builds the demo set: a few thousand comments over the 30 days before `now`,
 * busier in the evening and around each story's publication, with replies.
 */
export function buildDemoData(now = Date.now(), count = 3000, seed = 20261126): DemoDataSet {
  const rand = seededRandom(seed);
  const day = 86_400_000;
  const articles = demoArticles.map((a, i) => ({
    ...a,
    publishedAt: new Date(now - (29 - i * 3.6) * day - rand() * day * 0.5).toISOString(),
  }));
  const authors = Array.from({ length: 420 }, (_, i) =>
    rand() < 0.5 ? `${pick(rand, firstNames)} ${String.fromCharCode(65 + (i % 26))}.` : `${pick(rand, handles)}${i}`,
  );
  // A few regulars write a lot, a few trolls write most of the abuse.
  const regulars = authors.slice(0, 25);
  const trolls = authors.slice(25, 37);
  const comments: DemoDataSet['comments'] = [];
  const byArticle = new Map<string, { externalId: string; createdAt: number }[]>();
  for (let i = 0; i < count; i++) {
    const article = weighted(rand, articles, (a) => a.heat);
    const published = Date.parse(article.publishedAt);
    // Most comments come in the first days after publication.
    const age = Math.pow(rand(), 2.2) * Math.min(now - published, 9 * day);
    let createdAt = published + age;
    const hour = new Date(createdAt).getUTCHours();
    if (hour < 6 && rand() < 0.6) createdAt += (8 + rand() * 10) * 3_600_000;
    createdAt = Math.min(createdAt, now - rand() * 60_000);
    const kind = weighted(rand, kindWeights(article.edge), ([, w]) => w)[0];
    const abusive = ['insult', 'profanity', 'threat', 'hate', 'shouting'].includes(kind);
    const author = abusive && rand() < 0.5 ? pick(rand, trolls) : rand() < 0.25 ? pick(rand, regulars) : pick(rand, authors);
    const topic = pick(rand, topicPhrases[article.key] ?? ['this']);
    let body = pick(rand, phrases[kind]).replace('{t}', topic).replace('{T}', topic.toUpperCase());
    body = body.charAt(0).toUpperCase() + body.slice(1);
    const siblings = byArticle.get(article.key) ?? [];
    const parent = siblings.length > 3 && rand() < 0.18 ? pick(rand, siblings.slice(-40)) : undefined;
    if (parent && kind !== 'spam') body = `${pick(rand, replyOpeners)} ${body}`;
    const externalId = `demo-${i}`;
    const comment: DemoDataSet['comments'][number] = {
      externalId,
      articleExternalId: `demo-${article.key}`,
      author: { name: author, externalId: `demo-user-${authors.indexOf(author)}` },
      body,
      createdAt: new Date(Math.min(now, Math.max(createdAt, (parent?.createdAt ?? 0) + 30_000))).toISOString(),
    };
    if (parent) comment.parentExternalId = parent.externalId;
    comments.push(comment);
    siblings.push({ externalId, createdAt: Date.parse(comment.createdAt ?? '') });
    byArticle.set(article.key, siblings);
  }
  return { articles, comments };
}
