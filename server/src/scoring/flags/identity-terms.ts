// Slurs: words whose only common use is contempt for a protected group
// (race, ethnicity, religion, sexuality, gender identity, disability).
// Hand-written from general knowledge of English slurs; spelled as the
// normaliser leaves them (lower-case, leetspeak undone).
export const slurs = [
  'nigger', 'niggers', 'nigga', 'niggas', 'niggaz', 'niggah', 'negro', 'negroes', 'coon', 'coons', 'jigaboo', 'spook',
  'porchmonkey', 'sambo', 'darkie', 'darkies', 'kike', 'kikes', 'yid', 'hymie', 'heeb', 'spic', 'spics', 'spick', 'wetback',
  'wetbacks', 'beaner', 'beaners', 'chink', 'chinks', 'gook', 'gooks', 'zipperhead', 'slant', 'slanteye', 'jap', 'japs',
  'raghead', 'ragheads', 'towelhead', 'towelheads', 'sandnigger', 'camel jockey', 'paki', 'pakis', 'muzzie', 'muzzies',
  'moslem', 'moslems', 'goyim', 'faggot', 'faggots', 'fag', 'fags', 'fagot', 'dyke', 'dykes', 'tranny', 'trannies',
  'shemale', 'homo', 'homos', 'poof', 'poofter', 'queers', 'gypo', 'gyppo', 'gypsies', 'pikey', 'redskin', 'redskins',
  'squaw', 'injun', 'cracker', 'crackers', 'honky', 'honkies', 'gringo', 'wop', 'wops', 'dago', 'kraut', 'polack',
  'mongoloid', 'spaz', 'spastic', 'cripple', 'tard',
] as const;

// Slurs also used in other senses ("crackers and cheese", "a cripple of a
// bridge"), reported with lower confidence.
export const ambiguousSlurs = new Set(['cracker', 'crackers', 'spook', 'slant', 'homo', 'poof', 'jap', 'negro', 'cripple', 'gypsies', 'queers', 'redskins', 'moslem', 'moslems', 'goyim']);

/** Protected groups, as the canonical text spells them (plural mostly). */
export const protectedGroups = [
  'muslims', 'muslim', 'islam', 'islamists', 'jews', 'jew', 'jewish people', 'christians', 'catholics', 'hindus', 'sikhs',
  'blacks', 'black people', 'whites', 'white people', 'asians', 'asian people', 'chinese', 'mexicans', 'latinos',
  'hispanics', 'arabs', 'africans', 'indians', 'pakistanis', 'immigrants', 'migrants', 'refugees', 'illegals',
  'illegal aliens', 'aliens', 'gays', 'gay people', 'lesbians', 'homosexuals', 'trans people', 'transgenders',
  'transgender people', 'trannies', 'women', 'females', 'girls', 'feminists', 'disabled people', 'the disabled',
  'gypsies', 'roma', 'romanians', 'poles', 'somalis', 'syrians', 'iranians', 'palestinians', 'israelis', 'natives',
  'native americans', 'indigenous people', 'aboriginals', 'foreigners', 'lgbt', 'lgbtq', 'queers',
  // Groups named in the singular or as a class: men as a sex, gay and trans
  // people by either word, asylum seekers, disabled people.
  'men', 'gay men', 'trans women', 'trans men', 'transgender', 'transgenders', 'asylum seekers', 'immigrant', 'migrant',
  'refugee', 'disabled', 'jewish', 'mexican', 'somali',
] as const;

/** Words that make a group into vermin or disease: dehumanising in any sentence about people. */
export const dehumanisingNouns = [
  'vermin', 'rats', 'cockroaches', 'roaches', 'parasites', 'savages', 'subhuman', 'subhumans', 'animals', 'filth', 'scum',
  'infestation', 'plague', 'a plague', 'disease', 'a disease', 'cancer', 'a cancer', 'pigs', 'apes', 'monkeys', 'barbarians',
  'invaders', 'not human', 'less than human', 'leeches', 'maggots', 'locusts',
] as const;

/** What sweeping criminalisation calls a whole group. */
export const criminalising = ['criminals', 'rapists', 'terrorists', 'thieves', 'murderers', 'pedophiles', 'thugs', 'gangsters', 'drug dealers'] as const;

/** What dehumanising or hateful generalisations call a group. */
export const dehumanising = [
  'animals', 'vermin', 'rats', 'cockroaches', 'roaches', 'parasites', 'savages', 'subhuman', 'subhumans', 'filth', 'scum',
  'trash', 'garbage', 'disease', 'cancer', 'plague', 'a plague', 'a disease', 'a cancer', 'infestation', 'inferior',
  'terrorists', 'rapists', 'criminals', 'pedophiles', 'pigs', 'dogs', 'apes', 'monkeys', 'evil', 'disgusting', 'stupid',
  'dirty', 'filthy', 'worthless', 'mentally ill', 'sick', 'abominations', 'an abomination', 'degenerates', 'invaders',
  'thieves', 'barbarians', 'primitive', 'not human', 'not people', 'less than human',
] as const;
