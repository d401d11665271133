import type { Comment } from '@sift/shared';
import { SiftApi } from './sift-api';
import type { RunningServer } from './sift-server';

export const adminPassword = 'e2e-admin-password';
export const moderator = { username: 'mona', password: 'mona-password-1', role: 'moderator' } as const;
export const viewer = { username: 'vic', password: 'vic-password-1', role: 'viewer' } as const;

/** Comments the scorer flags as insults: known bodies, so tests can look for them. */
export const insultBodies = [
  'You are a stupid idiot and everyone knows it.',
  'What a pathetic moron wrote this garbage.',
  'Only an idiot would believe this, you clown.',
  'Shut up, you ignorant fool.',
  'You absolute moron, read the article first.',
  'This author is a complete idiot.',
];

const calmBodies = [
  'The council should publish the full budget before the vote.',
  'Thanks for the clear explanation of the new bus routes.',
  'I went to the meeting last week and it was well organised.',
  'Could the paper follow up on the school funding question?',
  'Interesting piece, though I would like more numbers on housing.',
  'Great to see the library opening hours extended again.',
  'The new cycle lane on Hill Street has made my commute safer.',
  'I disagree with the conclusion, but the reporting is fair.',
  'Does anyone know when the consultation closes?',
  'My neighbours and I support the park renovation plan.',
  'A balanced article; both sides of the debate were heard.',
  'The photos of the harbour festival are lovely.',
  'Please correct the date in the third paragraph.',
  'It would help to know how the survey was conducted.',
  'Good news for the local bakery, they deserve it.',
  'I hope the bridge repairs finish before winter.',
  'Happy to see more trees planted along the river.',
  'The timetable change will affect many night workers.',
  'Well written and easy to follow, thank you.',
  'The school choir was wonderful at the concert.',
  'Parking near the station remains a real problem.',
  'Useful summary of the planning committee decisions.',
  'I learned a lot from the history of the old mill.',
  'More coverage of the farmers market, please.',
];

export interface Fixture {
  admin: SiftApi;
  moderatorApi: SiftApi;
  /** Authenticated with an API key, as a site's backend would be. */
  site: SiftApi;
  articleId: number;
  comments: Comment[];
  insults: Comment[];
}

/**
 * The data set of a browser test, made through the real API: accounts, an
 * API key, an article and 30 comments (6 of them insults), spread over the
 * last few hours so time charts have something to draw.
 */
export async function createFixture(server: RunningServer): Promise<Fixture> {
  const admin = await SiftApi.signIn(server.url, 'admin', adminPassword);
  for (const u of [moderator, viewer]) await admin.post('/api/users', u);
  const key = await admin.post<{ key: string }>('/api/keys', { name: 'e2e site' });
  const site = admin.withApiKey(key.key);
  const article = await site.post<{ id: number }>('/api/articles', {
    externalId: 'e2e-article-1',
    title: 'Council budget vote delayed',
    url: 'https://news.example.org/council-budget',
    body: 'The council postponed its budget vote to next month.',
  });
  const now = Date.now();
  const bodies = [...calmBodies, ...insultBodies];
  const { results } = await site.post<{ results: { comment: Comment }[] }>('/api/comments', {
    comments: bodies.map((body, i) => ({
      externalId: `e2e-c-${i}`,
      articleId: article.id,
      author: { name: `Reader ${String(i).padStart(2, '0')}`, externalId: `reader-${i}` },
      body,
      createdAt: new Date(now - (bodies.length - i) * 60_000).toISOString(),
    })),
  });
  const comments = results.map((r) => r.comment);
  const insults = comments.filter((c) => c.scores?.flags.some((f) => f.category === 'insult'));
  const moderatorApi = await SiftApi.signIn(server.url, moderator.username, moderator.password);
  return { admin, moderatorApi, site, articleId: article.id, comments, insults };
}
