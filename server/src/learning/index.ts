// The per-site model that learns from moderators' decisions.
export { SiteModel, defaultSiteModelOptions } from './site-model';
export type { LearningExample, SiteModelOptions, SiteModelStats, SiteModelState } from './site-model';
export { blendPriority } from './blend-priority';
export { MODEL_FORMAT_VERSION } from './model-codec';
export { ruleFeatures, type RuleOutput } from './rule-features';
export { modelText, type ModelText } from './model-words';
export { ExtraFeatures } from './extra-features';
