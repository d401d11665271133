// Hand-written insult vocabulary for general English comments. Two lists:
// words that insult whoever they are aimed at even with no visible target
// (name-calling nouns, political epithets), and words that are only an insult
// when aimed at someone ("you are pathetic", "she is a liar"), since on their
// own they also describe things ("a stupid rule", "an ugly building").
// Plurals and -s forms are matched by the regexes, so list base forms.

export const nameCalling = [
  'idiot', 'idiots', 'idiotic', 'moron', 'moronic', 'imbecile', 'cretin', 'dumbass', 'dumbasses', 'jackass', 'dipshit',
  'retard', 'retarded', 'libtard', 'leftard', 'rightard', 'trumptard', 'demonrat', 'democrap', 'democraps', 'dumbocrat',
  'rethuglican', 'repugnican', 'republitard', 'scumbag', 'scum', 'lowlife', 'lowlifes', 'dimwit', 'nitwit', 'halfwit',
  'numbskull', 'numbnut', 'numbnuts', 'bonehead', 'blockhead', 'knucklehead', 'pinhead', 'airhead', 'dumbo', 'douche',
  'douchebag', 'asshat', 'shithead', 'turd', 'skank', 'slut', 'whore', 'bimbo', 'sleazebag', 'slimeball', 'scumbucket',
  'subhuman', 'nutjob', 'nutcase', 'crackpot', 'moonbat', 'wingnut', 'sheeple', 'cuck', 'cuckservative', 'feminazi',
  'buffoon', 'ignoramus', 'dolt', 'doofus', 'dunce', 'twit', 'tosser', 'wanker', 'prat', 'git', 'pillock', 'plonker',
  'loser', 'losers', 'stupid', 'stupidity', 'dumb', 'dumber', 'dumbest', 'stupidest', 'pathetic', 'disgusting',
  'hypocrite', 'hypocrites', 'hypocritical', 'degenerate', 'degenerates', 'pedo', 'pedophile', 'paedophile', 'pervert',
  'scumbags', 'traitor', 'traitors', 'treasonous', 'coward', 'cowards', 'cowardly', 'spineless', 'gutless', 'brainless',
  'braindead', 'clueless', 'worthless', 'despicable', 'deplorable', 'deplorables', 'vile', 'repulsive', 'disgraceful',
  'liar', 'liars', 'snowflake', 'snowflakes', 'crybaby', 'crybabies', 'thug', 'thugs', 'bootlicker',
  'sycophant', 'stooge', 'shill', 'shills', 'parasite', 'parasites', 'vermin', 'maggot', 'maggots', 'swine', 'lunatic',
  'lunatics', 'psycho', 'psychopath', 'sociopath', 'unhinged', 'deranged', 'delusional', 'bigot', 'bigots', 'bigoted',
  'fascist', 'fascists', 'nazis', 'commie', 'commies', 'racist', 'racists', 'sexist', 'misogynist', 'ignorant',
  'incompetent', 'clown', 'clowns', 'buffoons', 'fool', 'fools', 'foolish', 'jerk', 'jerks', 'creep', 'creepy', 'freak',
  'weirdo', 'troll', 'trolls', 'trash', 'garbage', 'filth', 'filthy', 'hag', 'witch', 'pig', 'pigs', 'crook', 'crooks',
  'crooked', 'fraud', 'frauds', 'puppet', 'disgrace', 'scam', 'evil', 'nasty', 'ugly', 'gross', 
  'sicko', 'insane', 'crazy', 'nuts', 'useless', 'shameless', 'shameful', 'dishonest', 'sleazy', 'slimy', 'scummy',
  'criminal', 'criminals', 'monster', 'monsters', 'animal', 'animals', 'snake', 'snakes',
  'rat', 'rats', 'dog', 'devil', 'demon', 'hack', 'embarrassment', 'moocher', 'whiny', 'whining',
  'weak', 'pussy', 'sheep', 'phony', 'phoney', 'bully', 'bullies', 'hater', 'haters', 'nut', 'nutter',
  'dummy', 'dummies', 'goon', 'goons', 'arrogant', 'childish', 'immature', 'pompous', 'sucker', 'suckers',
  'satan', 'worst', 'unstable', 'worm', 'scoundrel', 'weasel', 'thief', 'thieves', 'hateful', 'wacko', 'whacko', 'kook',
  'batshit', 'trashy', 'classless', 'asinine', 'hysterical', 'vermin', 'savage', 'savages', 'mouthpiece',
  // Negative descriptions of a person's character or mind.
  'cruel', 'selfish', 'obnoxious', 'ridiculous', 'ludicrous', 'horrible', 'terrible', 'awful', 'hideous', 'rotten',
  'miserable', 'toxic', 'ungrateful', 'deceitful', 'greedy', 'maniac', 'spiteful', 'smug', 'petty', 'shady',
  'heartless', 'soulless', 'pitiful', 'laughable', 'insufferable', 'senile', 'demented', 'bonkers', 'brainwashed',
  'paranoid', 'gullible', 'stupidly', 'lazy', 'nutty', 'wicked', 'vindictive', 'manipulative', 'racists',
  // Everyday English name-calling the list above lacked.
  'brat', 'prick', 'dork', 'twerp', 'dweeb', 'schmuck', 'putz', 'bozo', 'nincompoop', 'simpleton', 'dingbat', 'oaf',
  'lamebrain', 'loudmouth', 'blowhard', 'windbag', 'gasbag', 'grifter', 'charlatan', 'conman', 'sellout', 'turncoat',
  'lapdog', 'toady', 'leech', 'bloodsucker', 'deadbeat', 'freeloader', 'sleazeball', 'dirtbag', 'troglodyte',
  'neanderthal', 'harpy', 'shrew', 'muppet', 'numpty', 'wimp', 'sissy', 'thot', 'simp', 'incel', 'mindless', 'witless',
  'dimwitted', 'halfwitted', 'abhorrent', 'loon', 'opportunist', 'nazi',
  // Political epithets: mocking names for a party, its voters or a leader.
  'dotard', 'drumpf', 'trumpanzee', 'libturd', 'demoncrat', 'dimocrat', 'demorat', 'repuglican', 'commiecrat',
] as const;

// Of the words above, these are insults with or without a visible target:
// nobody calls a rule a "moron". The rest need a target (see insult.ts).
export const alwaysInsulting = new Set<string>([
  'idiot', 'idiots', 'idiotic', 'moron', 'moronic', 'imbecile', 'cretin', 'dumbass', 'dumbasses', 'jackass', 'dipshit',
  'retard', 'retarded', 'libtard', 'leftard', 'rightard', 'trumptard', 'demonrat', 'democrap', 'democraps', 'dumbocrat',
  'rethuglican', 'repugnican', 'republitard', 'scumbag', 'scumbags', 'scum', 'lowlife', 'lowlifes', 'dimwit', 'nitwit',
  'halfwit', 'numbskull', 'numbnut', 'numbnuts', 'bonehead', 'blockhead', 'knucklehead', 'pinhead', 'airhead', 'douche',
  'douchebag', 'asshat', 'shithead', 'turd', 'skank', 'slut', 'whore', 'bimbo', 'sleazebag', 'slimeball', 'scumbucket',
  'subhuman', 'nutjob', 'nutcase', 'crackpot', 'moonbat', 'wingnut', 'sheeple', 'cuck', 'cuckservative', 'feminazi',
  'buffoon', 'buffoons', 'ignoramus', 'doofus', 'tosser', 'wanker', 'pillock', 'stupid', 'stupidest', 'dumb', 'dumbest',
  'pathetic', 'disgusting', 'hypocrite', 'hypocrites', 'pedo', 'braindead', 'crybaby', 'crybabies', 'bootlicker',
  'snowflakes', 'deplorables', 'loser', 'losers', 'liar', 'liars', 'sicko', 'commies', 'fascists', 'traitors',
  'brat', 'prick', 'dork', 'twerp', 'dweeb', 'schmuck', 'putz', 'bozo', 'nincompoop', 'simpleton', 'dingbat', 'oaf',
  'lamebrain', 'loudmouth', 'blowhard', 'windbag', 'gasbag', 'grifter', 'sleazeball', 'dirtbag', 'troglodyte',
  'numpty', 'thot', 'simp', 'mindless', 'witless', 'dimwitted', 'halfwitted', 'dotard', 'drumpf', 'trumpanzee',
  'libturd', 'demoncrat', 'dimocrat', 'demorat', 'repuglican', 'commiecrat',
]);

/** Words that intensify or sit between a target and the insult ("you are a total ..."). */
export const insultFillers = [
  'is', 'are', 'r', 're', 'was', 'were', 'be', 'being', 'just', 'such', 'so', 'a', 'an', 'the', 'one', 'total', 'complete',
  'absolute', 'utter', 'real', 'big', 'little', 'fucking', 'fuckin', 'bloody', 'damn', 'freaking', 'pathetic', 'stupid',
  'dumb', 'lying', 'sad', 'sorry', 'old', 'fat', 'ugly', 'of', 'bunch', 'nothing', 'but', 'full', 'all', 'still', 'also',
  'really', 'very', 'pure', 'an', 'such', 'like', 'acting', 'act', 'sound', 'sounds', 'look', 'looks', 'being', 'must',
  'u', 'ur', 'youre', 'ya', 'most', 'biggest', 'worst', 'another', 'bunch', 'pack', 'group', 'band', 'ignorant',
  'typical', 'corrupt', 'evil', 'crazy', 'nothing', 'more', 'than', 'disgusting', 'shameless', 'useless', 'worthless',
  'literally', 'completely', 'totally', 'truly', 'clearly', 'obviously', 'certainly', 'definitely', 'seriously',
  'absolutely', 'no', 'better', 'worse', 'becoming', 'become', 'turned', 'into', 'acting', 'mentally', 'morally',
] as const;

/** Who an insult can be aimed at: the reader, a mentioned user, a person or a group of people. */
export const insultTargets = [
  'you', 'u', 'ya', 'youre', 'ur', 'yall', 'your', 'yourself', 'he', 'hes', 'she', 'shes', 'they', 'theyre', 'him', 'her',
  'them', 'these', 'those', 'this guy', 'that guy', 'this woman', 'that woman', 'this man', 'that man', 'this person', 'these people',
  'those people', 'people like you', 'these guys', 'those guys', 'what an', 'what a', 'such an', 'such a', 'bunch of',
  'pack of', 'liberals', 'libs', 'leftists', 'lefties', 'democrats', 'dems', 'republicans', 'conservatives', 'cons',
  'trump supporters', 'supporters', 'antifa', 'politicians', 'media', 'fans', 'morons', 'idiots', 'his', 'their',
  'president', 'senator', 'man', 'woman', 'guy', 'girl', 'boy', 'dude', 'bro', 'kid', 'lady', 'person', 'people',
] as const;

// Of the words above, these also describe things, animals or situations
// ("an ugly building", "a sick child", "the worst storm"), so they count
// only when aimed at someone. Every other word counts on its own, as a weaker
// flag than the unmistakable ones in `alwaysInsulting`.
export const alsoDescriptive = new Set<string>([
  'ugly', 'gross', 'sick', 'weak', 'nasty', 'horrible', 'terrible', 'awful', 'ridiculous', 'ludicrous', 'crazy', 'insane',
  'nuts', 'nut', 'evil', 'trash', 'garbage', 'filth', 'filthy', 'dog', 'rat', 'rats', 'snake', 'snakes', 'pig', 'pigs',
  'animal', 'animals', 'monster', 'monsters', 'devil', 'demon', 'witch', 'hack', 'sheep', 'worst', 'lazy', 'toxic',
  'rotten', 'miserable', 'scam', 'criminal', 'criminals', 'thief', 'thieves', 'savage', 'savages', 'wicked', 'hideous',
  'cruel', 'selfish', 'greedy', 'petty', 'shady', 'paranoid', 'gullible', 'laughable', 'pitiful', 'unstable', 'worm',
  'puppet', 'disgrace', 'embarrassment', 'fraud', 'frauds', 'crooked', 'troll', 'trolls', 'bully', 'bullies', 'freak',
  'hysterical', 'dummy', 'dummies', 'satan', 'joke', 'fool', 'fools', 'foolish', 'clown', 'clowns', 'phony', 'phoney',
  'weirdo', 'creep', 'creepy', 'hag', 'goon', 'goons', 'whining', 'whiny', 'immature', 'childish', 'arrogant', 'pompous',
  'smug', 'useless', 'shameful', 'nutty', 'senile', 'demented', 'bonkers', 'maniac', 'obnoxious', 'insufferable',
  'heartless', 'soulless', 'spiteful', 'vindictive', 'manipulative', 'deceitful', 'ungrateful', 'trashy', 'classless',
  'asinine', 'vermin', 'parasite', 'parasites', 'sucker', 'suckers', 'stupidly', 'mouthpiece', 'kook', 'hateful',
  'dishonest', 'sleazy', 'slimy', 'scummy', 'shameless', 'brainwashed', 'incompetent', 'ignorant', 'failure',
  'leech', 'wimp', 'sissy', 'muppet', 'lapdog', 'harpy', 'shrew', 'neanderthal',
  'charlatan', 'conman', 'sellout', 'turncoat', 'toady', 'bloodsucker', 'deadbeat', 'freeloader', 'incel', 'opportunist',
  'nazi',
]);

/** Words that, after "is", "are", "was" ..., call a person names ("the senator is a fraud"). */
export const personWords = [
  'liar', 'hypocrite', 'traitor', 'fraud', 'crook', 'criminal', 'clown', 'joke', 'disgrace', 'coward', 'bigot', 'racist',
  'fascist', 'puppet', 'thug', 'loser', 'idiot', 'moron', 'embarrassment', 'failure', 'terrorist', 'pig', 'snake', 'rat',
  'monster', 'psycho', 'lunatic', 'nutjob', 'shill', 'hack', 'creep', 'pervert', 'grifter', 'charlatan', 'sellout',
  'brat', 'bully', 'fool', 'jerk',
] as const;
