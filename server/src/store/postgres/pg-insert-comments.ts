import type pg from 'pg';
import { ParentNotFoundError, type NewComment, type StoredIngest } from '../store';
import { lockEventLog } from './pg-locks';
import { COMMENT_COLUMNS, authorKey, flagMask, toComment, type CommentRow } from '../sqlite/rows';

/** A comment's id before ids are handed out: a stored id, or the n-th new comment of the batch. */
type Ref = { stored: number } | { slot: number };

/**
 * Stores a batch in a handful of set-based statements (not one round trip
 * per comment): look up what exists, check every parent, hand out ids, then
 * one multi-row INSERT (unnest of arrays) each for authors, comments and rule
 * decisions. Same outcome as the SQLite store's row-by-row loop: a repeated
 * externalId returns the stored comment, replies may name a parent earlier
 * in the batch, and an unknown parent throws before anything is written.
 * Runs inside the caller's transaction.
 */
export async function insertCommentBatch(client: pg.PoolClient, batch: NewComment[]): Promise<StoredIngest[]> {
  await lockEventLog(client);
  const externalIds = new Set<string>();
  const parentIds = new Set<number>();
  for (const c of batch) {
    if (c.externalId !== null) externalIds.add(c.externalId);
    if (c.parentId !== null) parentIds.add(c.parentId);
    else if (c.parentExternalId !== null) externalIds.add(c.parentExternalId);
  }
  const known = new Map<string, Ref>();
  if (externalIds.size) {
    const { rows } = await client.query<{ id: number; external_id: string }>(
      'SELECT id, external_id FROM comments WHERE external_id = ANY($1::text[])',
      [[...externalIds]],
    );
    for (const r of rows) known.set(r.external_id, { stored: r.id });
  }
  const existingParents = new Set<number>();
  if (parentIds.size) {
    const { rows } = await client.query<{ id: number }>('SELECT id FROM comments WHERE id = ANY($1::bigint[])', [[...parentIds]]);
    for (const r of rows) existingParents.add(r.id);
  }

  // Resolve every comment in batch order, as the row-by-row insert would.
  const results: { ref: Ref; created: boolean }[] = [];
  const fresh: { c: NewComment; parent: Ref | null }[] = [];
  batch.forEach((c, index) => {
    const seen = c.externalId !== null ? known.get(c.externalId) : undefined;
    if (seen) {
      results.push({ ref: seen, created: false });
      return;
    }
    let parent: Ref | null = null;
    if (c.parentId !== null) {
      if (!existingParents.has(c.parentId)) throw new ParentNotFoundError(index);
      parent = { stored: c.parentId };
    } else if (c.parentExternalId !== null) {
      const p = known.get(c.parentExternalId);
      if (!p) throw new ParentNotFoundError(index);
      parent = p;
    }
    const ref = { slot: fresh.length };
    fresh.push({ c, parent });
    if (c.externalId !== null) known.set(c.externalId, ref);
    results.push({ ref, created: true });
  });

  let newIds: number[] = [];
  if (fresh.length) {
    newIds = await insertFresh(client, fresh);
  }
  const idOf = (ref: Ref) => ('stored' in ref ? ref.stored : newIds[ref.slot]!);
  const ids = results.map((r) => idOf(r.ref));
  const { rows } = await client.query<CommentRow>(
    `SELECT ${COMMENT_COLUMNS} FROM comments c JOIN authors a ON a.id = c.author_id WHERE c.id = ANY($1::bigint[])`,
    [[...new Set(ids)]],
  );
  const byId = new Map(rows.map((r) => [r.id, r]));
  return results.map((r, i) => {
    const row = byId.get(ids[i]!);
    if (!row) throw new Error(`comment ${ids[i]} vanished after insert`);
    return { comment: toComment(row), created: r.created };
  });
}

async function insertFresh(client: pg.PoolClient, fresh: { c: NewComment; parent: Ref | null }[]): Promise<number[]> {
  // Authors: first name seen for a key wins, as on SQLite.
  const authors = new Map<string, { externalId: string | null; name: string }>();
  for (const { c } of fresh) {
    const key = authorKey(c.author);
    if (!authors.has(key)) authors.set(key, c.author);
  }
  const keys = [...authors.keys()];
  await client.query(
    `INSERT INTO authors (author_key, external_id, name)
     SELECT * FROM unnest($1::text[], $2::text[], $3::text[]) ON CONFLICT (author_key) DO NOTHING`,
    [keys, keys.map((k) => authors.get(k)!.externalId), keys.map((k) => authors.get(k)!.name)],
  );
  const authorIds = new Map(
    (await client.query<{ id: number; author_key: string }>('SELECT id, author_key FROM authors WHERE author_key = ANY($1::text[])', [keys])).rows.map(
      (r) => [r.author_key, r.id],
    ),
  );

  // Ids are handed out first so that replies can point at comments of the same batch.
  const ids = (
    await client.query<{ id: number }>(
      "SELECT nextval(pg_get_serial_sequence('comments', 'id')) AS id FROM generate_series(1, $1::integer) ORDER BY 1",
      [fresh.length],
    )
  ).rows.map((r) => r.id);
  const idOf = (ref: Ref) => ('stored' in ref ? ref.stored : ids[ref.slot]!);

  const col = <T>(f: (c: NewComment, i: number, parent: Ref | null) => T) => fresh.map(({ c, parent }, i) => f(c, i, parent));
  await client.query(
    `INSERT INTO comments (id, external_id, article_id, parent_id, author_id, body, created_at, received_at, status,
       scores, scorer_version, priority, compound, sentiment_label, flag_mask, decided_at)
     SELECT * FROM unnest($1::bigint[], $2::text[], $3::bigint[], $4::bigint[], $5::bigint[], $6::text[], $7::bigint[], $8::bigint[],
       $9::text[], $10::text[], $11::text[], $12::float8[], $13::float8[], $14::text[], $15::integer[], $16::bigint[])`,
    [
      ids,
      col((c) => c.externalId),
      col((c) => c.articleId),
      col((_c, _i, p) => (p ? idOf(p) : null)),
      col((c) => authorIds.get(authorKey(c.author))),
      col((c) => c.body),
      col((c) => c.createdAt),
      col((c) => c.receivedAt),
      col((c) => c.status),
      col((c) => (c.scores ? JSON.stringify(c.scores) : null)),
      col((c) => c.scores?.scorerVersion ?? null),
      col((c) => c.scores?.priority ?? 0),
      col((c) => c.scores?.sentiment.compound ?? null),
      col((c) => c.scores?.sentiment.label ?? null),
      col((c) => flagMask(c.scores)),
      // A hold (a rule decision that keeps the comment pending) is not a decision on it.
      col((c) => (c.ruleDecision && c.ruleDecision.toStatus !== 'pending' ? c.receivedAt : null)),
    ],
  );

  const ruled = fresh.flatMap(({ c }, i) => (c.ruleDecision ? [{ id: ids[i]!, c, d: c.ruleDecision }] : []));
  if (ruled.length) {
    await client.query(
      `INSERT INTO decisions (comment_id, from_status, to_status, reason, note, moderator_id, source, at)
       SELECT id, NULL, to_status, reason, note, NULL, 'rule', at
       FROM unnest($1::bigint[], $2::text[], $3::text[], $4::text[], $5::bigint[]) AS t(id, to_status, reason, note, at)`,
      [ruled.map((r) => r.id), ruled.map((r) => r.d.toStatus), ruled.map((r) => r.d.reason), ruled.map((r) => r.d.note), ruled.map((r) => r.c.receivedAt)],
    );
  }
  return ids;
}
