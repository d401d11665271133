import { describe, expect, it } from 'vitest';
import { Prediction } from '@sift/shared';
import { SiteModel } from './site-model';
import { MODEL_FORMAT_VERSION } from './model-codec';
import { ExtraFeatures } from './extra-features';
import { WORDS_VERSION } from './model-words';

const nice = ['what a lovely article', 'thanks for sharing this', 'great point about the budget', 'i agree with the author', 'very helpful summary'];
const nasty = ['you are a moron', 'shut up moron', 'what a moron take', 'only a moron believes this', 'moron alert'];

/** A fixed, interleaved sequence of decisions (no randomness). */
function toyDecisions(rounds: number) {
  const out: { text: string; rejected: boolean; reason: string | null }[] = [];
  for (let r = 0; r < rounds; r++) {
    for (let i = 0; i < nice.length; i++) {
      out.push({ text: `${nice[i]} ${r % 3 === 0 ? 'today' : ''}`, rejected: false, reason: null });
      out.push({ text: `${nasty[i]} ${r % 2 === 0 ? 'now' : ''}`, rejected: true, reason: 'abusive' });
    }
  }
  return out;
}

describe('SiteModel', () => {
  it('learns a separable toy problem', () => {
    const model = SiteModel.create();
    for (const d of toyDecisions(10)) model.learn(d);
    expect(model.predict('such a moron').rejectProbability).toBeGreaterThan(0.8);
    expect(model.predict('thanks, lovely summary').rejectProbability).toBeLessThan(0.2);
  });

  it('is deterministic: the same decisions give identical bytes and predictions', () => {
    const a = SiteModel.create();
    const b = SiteModel.create();
    for (const d of toyDecisions(5)) {
      a.learn(d);
      b.learn(d);
    }
    expect(a.toBuffer().equals(b.toBuffer())).toBe(true);
    expect(a.predict('a moron wrote this')).toEqual(b.predict('a moron wrote this'));
  });

  it('round-trips through toBuffer/fromBuffer with identical predictions and stats', () => {
    const model = SiteModel.create({ minDecisions: 10 });
    for (const d of toyDecisions(6)) model.learn({ ...d, rulesSaysReject: false });
    const bytes = model.toBuffer();
    expect(bytes.toString('latin1', 0, 6)).toBe('SIFTLM');
    expect(bytes.readUInt16LE(6)).toBe(MODEL_FORMAT_VERSION);
    const copy = SiteModel.fromBuffer(bytes);
    for (const text of ['moron', 'thanks for the great article', 'f00l and m0r0n', '']) {
      expect(copy.predict(text)).toEqual(model.predict(text));
    }
    expect(copy.stats()).toEqual(model.stats());
    // Keeps learning identically after the restart, too.
    model.learn({ text: 'another moron', rejected: true, reason: 'abusive' });
    copy.learn({ text: 'another moron', rejected: true, reason: 'abusive' });
    expect(copy.toBuffer().equals(model.toBuffer())).toBe(true);
  });

  it('rejects bytes that are not a model', () => {
    expect(() => SiteModel.fromBuffer(Buffer.from('hello world'))).toThrow(/not a Sift site model/);
  });

  it('rejects a model learned from another version of the scorer’s tokens', () => {
    const bytes = SiteModel.create().toBuffer();
    const current = `"words":"${WORDS_VERSION}"`;
    const at = bytes.indexOf(current);
    expect(at).toBeGreaterThan(0);
    // Same length, so the header length still holds: only the version differs.
    const other = Buffer.concat([bytes.subarray(0, at), Buffer.from(`"words":"${'x'.repeat(WORDS_VERSION.length)}"`), bytes.subarray(at + current.length)]);
    expect(() => SiteModel.fromBuffer(other)).toThrow(/other words/);
  });

  it('picks up a site-specific term from a handful of rejections and names it', () => {
    const model = SiteModel.create();
    for (let r = 0; r < 4; r++) for (const text of nice) model.learn({ text, rejected: false });
    const text = 'the new stadium plan is a grift';
    const before = model.predict(text).rejectProbability;
    for (const t of ['total grift again', 'this grift must stop', 'grift grift grift', 'the council grift', 'another grift story']) {
      model.learn({ text: t, rejected: true, reason: 'off_topic' });
    }
    const after = model.predict(text);
    expect(after.rejectProbability).toBeGreaterThan(before + 0.2);
    expect(after.features[0]?.weight).toBeGreaterThan(0);
    expect(after.features.some((f) => f.feature === 'word:grift')).toBe(true);
    expect(after.likelyReason).toBe('off_topic');
    expect(Prediction.parse(after)).toEqual(after);
  });

  it('reads leetspeak, elongated and upper-case spellings as their folded word, and names them as written', () => {
    const model = SiteModel.create();
    for (const d of toyDecisions(5)) model.learn(d);
    const p = model.predict('you m0r0n, shut uuuup');
    expect(p.rejectProbability).toBe(model.predict('YOU MORON, shut uup').rejectProbability);
    expect(p.features.map((f) => f.feature)).toContain('word:m0r0n');
    expect(p.rejectProbability).toBeGreaterThan(0.5);
  });

  it('uses extra features such as rule flags', () => {
    const model = SiteModel.create();
    for (let r = 0; r < 20; r++) {
      model.learn({ text: `comment number ${r}`, extraFeatures: ExtraFeatures.from({ 'flag:insult': 1 }), rejected: true, reason: 'abusive' });
      model.learn({ text: `comment number ${r}`, rejected: false });
    }
    const flagged = model.predict('comment number 99', ExtraFeatures.from({ 'flag:insult': 1 }));
    expect(flagged.rejectProbability).toBeGreaterThan(model.predict('comment number 99').rejectProbability);
    expect(flagged.features[0]?.feature).toBe('flag:insult');
  });

  it('gives no reason before any rejection, and stays inactive on a cold start', () => {
    const model = SiteModel.create();
    const p = model.predict('hello');
    expect(p).toMatchObject({ likelyReason: null, active: false, features: [] });
    expect(p.rejectProbability).toBe(0.5);
    expect(model.stats()).toEqual({ decisions: 0, agreement: 0, rulesAgreement: 0, active: false });
  });

  it('becomes active only after enough decisions and when it beats the rules', () => {
    const decisions = toyDecisions(12); // 120 decisions
    const beaten = SiteModel.create({ minDecisions: 100, window: 50 });
    const perfectRules = SiteModel.create({ minDecisions: 100, window: 50 });
    decisions.forEach((d, i) => {
      // Rules that never fire: right only on approvals.
      beaten.learn({ ...d, rulesSaysReject: false });
      perfectRules.learn({ ...d, rulesSaysReject: d.rejected });
      if (i + 1 < 100) expect(beaten.isActive()).toBe(false);
    });
    expect(beaten.stats()).toMatchObject({ decisions: 120, active: true, rulesAgreement: 0.5 });
    expect(beaten.stats().agreement).toBeGreaterThan(0.9);
    expect(beaten.predict('moron').active).toBe(true);
    // Rules that are always right can't be beaten: the model stays a suggestion.
    expect(perfectRules.stats()).toMatchObject({ rulesAgreement: 1, active: false });
  });

  it('round-trips a model without naive Bayes, and explains char n-grams by their word', () => {
    const model = SiteModel.create({ bayesSmoothing: 0 });
    for (const d of toyDecisions(5)) model.learn(d);
    const copy = SiteModel.fromBuffer(model.toBuffer());
    expect(copy.predict('you m0r0n')).toEqual(model.predict('you m0r0n'));
    expect(copy.state().bayes).toBeUndefined();
    const names = model.predict('you m0r0n').features.map((f) => f.feature);
    expect(names).toContain('word:m0r0n');
    // A word's 4-grams are one feature to a reader, named once.
    expect(names.filter((n) => n.startsWith('word:')).length).toBe(new Set(names.filter((n) => n.startsWith('word:'))).size);
  });

  it('stores only touched buckets: a fresh model is a few KiB', () => {
    expect(SiteModel.create().toBuffer().length).toBeLessThan(4096);
  });
});
