import { z } from 'zod';

export const FlagCategory = z.enum([
  'profanity',
  'insult',
  'threat',
  'identity_attack',
  'spam',
  'shouting',
  'personal_data',
  'banned_word',
  'suspect_word',
]);
export type FlagCategory = z.infer<typeof FlagCategory>;
export const flagCategories = FlagCategory.options;

export const Severity = z.enum(['low', 'medium', 'high']);
export type Severity = z.infer<typeof Severity>;

/** Offsets are UTF-16 code-unit indexes into the original comment body. */
export const Span = z.object({ start: z.number().int(), end: z.number().int() });
export type Span = z.infer<typeof Span>;

export const Flag = z.object({
  category: FlagCategory,
  severity: Severity,
  confidence: z.number().min(0).max(1),
  spans: z.array(Span),
  reason: z.string(),
});
export type Flag = z.infer<typeof Flag>;

export const SentimentLabel = z.enum(['positive', 'neutral', 'negative']);
export type SentimentLabel = z.infer<typeof SentimentLabel>;

/** One word (or emoticon, emoji, idiom) that moved the sentiment score. */
export const SentimentContribution = z.object({
  text: z.string(),
  weight: z.number(),
  start: z.number().int(),
  end: z.number().int(),
  /** Why the base weight changed: "negated by 'not'", "intensified by 'very'", ... */
  note: z.string().optional(),
});
export type SentimentContribution = z.infer<typeof SentimentContribution>;

export const SentimentResult = z.object({
  score: z.number(),
  compound: z.number().min(-1).max(1),
  label: SentimentLabel,
  contributions: z.array(SentimentContribution),
});
export type SentimentResult = z.infer<typeof SentimentResult>;

export const PredictionFeature = z.object({ feature: z.string(), weight: z.number() });

export const Prediction = z.object({
  rejectProbability: z.number().min(0).max(1),
  likelyReason: z.string().nullable(),
  active: z.boolean(),
  features: z.array(PredictionFeature),
});
export type Prediction = z.infer<typeof Prediction>;

export const Scores = z.object({
  scorerVersion: z.string(),
  sentiment: SentimentResult,
  flags: z.array(Flag),
  priority: z.number().min(0).max(1),
  /** Why the priority is what it is, in a few words each. */
  priorityReasons: z.array(z.string()),
  prediction: Prediction.optional(),
  /** Phases that threw and were skipped (the comment is still stored). */
  skippedPhases: z.array(z.string()).optional(),
});
export type Scores = z.infer<typeof Scores>;
