/**
 * Hand-curated additions on the AFINN scale (-5..5): slang and chat
 * abbreviations that neither AFINN nor VADER rate, and idioms whose meaning
 * is not the sum of their words ("can't wait", "waste of time"). Written by
 * hand from general usage, not mined from any evaluation set.
 */
export const SLANG: Readonly<Record<string, number>> = {
  fml: -3, smh: -2, ffs: -3, wtf: -3, omfg: 1, yay: 3, yayy: 3, woot: 3, woohoo: 3, wooho: 3, yaay: 3,
  meh: -1, ugh: -2, urgh: -2, argh: -2, blah: -1, booo: -2, boo: -2, eww: -2, ew: -2, yuck: -3, yikes: -2,
  lmao: 3, lmfao: 3, rofl: 3, roflmao: 3, lol: 2, lolz: 2, hehe: 2, haha: 2, hahaha: 3, xoxo: 3,
  awesomesauce: 4, gr8: 3, luv: 3, luvs: 3, luvin: 3, lovin: 3, wuv: 3, thx: 2, thanx: 2, ty: 2, tysm: 3,
  bestie: 2, fab: 3, fav: 2, fave: 2, faves: 2, favs: 2, kudos: 3, congrats: 3, grats: 2, gj: 2,
  sucky: -3, crappy: -3, shitty: -3, craptastic: -3, lame: -2, fugly: -3, trash: -2, garbage: -3,
  overrated: -2, underrated: 2, overpriced: -2, unwatchable: -4, unreadable: -3, unusable: -3,
  scam: -3, scammy: -3, ripoff: -3, letdown: -2, buggy: -2, laggy: -2, glitchy: -2, flimsy: -2,
  'must-have': 3, 'top-notch': 3, 'well-made': 2, 'well-written': 2, 'well-done': 2,
  hated: -3, sux: -3, suxx: -3, blows: -2, rocks: 2, rocked: 2, rox: 2,
  // In comments "glorifying X" is nearly always a reproach, whatever the dictionaries say.
  glorify: -1, glorifies: -1, glorifying: -1, glorified: -1, glorification: -1,
  badass: 2, nope: -1, pfft: -1, tsk: -1, hmph: -1, grr: -2, grrr: -2, sigh: -1,
};

/** Multi-word expressions, matched on consecutive words (lower-case, apostrophes normalised). */
export const IDIOMS: Readonly<Record<string, number>> = {
  "can't wait": 3, 'cant wait': 3, 'cannot wait': 3, "couldn't be happier": 4, "couldn't be better": 4,
  "can't complain": 1, "can't say enough": 2, "can't thank": 3, 'cant thank': 3, 'no problem': 1, 'no problems': 1, 'no worries': 1, 'no doubt': 1,
  'no thanks': -1, 'not sure': 0, 'no idea': 0, "can't be bothered": -2, 'cant be bothered': -2, 'good grief': -2, 'oh no': -2, 'oh dear': -1, 'not bad': 1, 'not too bad': 1, 'yeah right': -2, 'oh well': -1,
  'the bomb': 3, 'the shit': 3, 'bad ass': 2, 'kick ass': 3, 'kicks ass': 3, 'kicked ass': 3,
  'cut the mustard': 2, 'kiss of death': -2, 'hand to mouth': -2, 'over the moon': 4, 'on cloud nine': 4,
  'thumbs up': 2, 'thumbs down': -2, 'two thumbs up': 3, 'waste of time': -3, 'waste of money': -3,
  'piece of crap': -4, 'piece of junk': -3, 'piece of shit': -4, 'rip off': -3,
  'let down': -2, 'letting down': -2, 'fell apart': -2, 'falls apart': -2, 'stopped working': -3,
  'broke down': -2, 'fall short': -2, 'falls short': -2, 'fell short': -2, 'falls flat': -2, 'fell flat': -2,
  'worth it': 2, 'worth every penny': 3, 'well worth': 3, 'must see': 3, 'must have': 2, 'must read': 3,
  'top notch': 3, 'second to none': 3, 'breath of fresh air': 3, 'out of this world': 3,
  'hats off': 2, 'well done': 3, 'good job': 3, 'great job': 3, 'nice job': 3,
  'fed up': -3, 'sick of': -3, 'sick and tired': -3, 'tired of': -2, 'pain in the ass': -3,
  'pain in the neck': -3, 'run of the mill': -1, 'hit or miss': -1, 'so so': -1, 'so-so': -1,
  'killing it': 3, 'killed it': 3, 'nailed it': 3, 'to die for': 3, 'blown away': 3, 'mind blowing': 3,
  'mind-blowing': 3, 'jaw dropping': 3, 'goes downhill': -2, 'went downhill': -2, 'gone downhill': -2,
  'what a joke': -3, 'a joke': -2, 'give up': -1, 'gave up': -1, 'shut up': -2, 'screw you': -3,
  'fuck you': -4, 'screwed up': -2, 'messed up': -2, 'mess up': -2, 'rest in peace': 1,
  'heart broken': -3, 'broke my heart': -3, 'brightened my day': 3, 'made my day': 3, 'makes my day': 3,
  'not worth': -2, 'no good': -2, 'no fun': -2, 'no use': -2, 'no longer works': -2, 'does not work': -3,
  "doesn't work": -3, 'doesnt work': -3, "didn't work": -2, 'not working': -2, 'does the trick': 2,
  'highly recommend': 3, 'highly recommended': 3, 'would recommend': 2, 'five stars': 3, '5 stars': 3,
  'one star': -2, '1 star': -2, 'zero stars': -3, 'money back': -2, 'fingers crossed': 1,
  'in love': 3, 'fall in love': 3, 'fell in love': 3, 'at least': 0, 'at best': -1, 'all but': 0,
  'nothing but': 0, 'not only': 0, 'not just': 0,
};

/** Emoji that the emoji data in the `sentiment` package lacks or mis-rates. */
export const EMOJI_ADDITIONS: Readonly<Record<string, number>> = {
  '🙂': 2, '🙁': -2, '☹': -2, '😢': -2, '😞': -2, '😟': -2, '😠': -3, '😡': -3, '🤬': -4, '🤮': -3,
  '🤢': -2, '👎': -2, '💔': -3, '🥰': 3, '🤩': 3, '😀': 2, '🤗': 2, '🥳': 3, '🥺': -1, '😤': -2,
  '😖': -2, '😣': -2, '😫': -2, '😰': -2, '😨': -2, '😱': -2, '🙄': -2, '😒': -2, '💩': -2, '🤦': -2,
  '🖕': -4, '😂': 2, '🤣': 3, '❤': 3, '♥': 3, '👍': 2, '🔥': 2, '💯': 2, '✨': 1, '🎉': 3,
};

/** Emoticons that VADER's list lacks, or spells only in another case. */
export const EMOTICON_ADDITIONS: Readonly<Record<string, number>> = {
  ':)': 2, ':-)': 2, ':(': -2, ':-(': -2, ':D': 3, ':-D': 3, 'xD': 3, 'XD': 3, 'xd': 3, ':P': 1, ':p': 1,
  ';)': 2, ';-)': 2, '<3': 3, '<33': 3, '<333': 3, '</3': -3, ":'(": -3, ":'-(": -3, ':/': -1, ':-/': -1,
  ':|': -1, 'D:': -2, '^_^': 2, '^^': 2, '-_-': -1, 'T_T': -2, ';(': -2, ':((': -3, ':))': 3, ':-))': 3,
  '=)': 2, '=(': -2, '=D': 3, ':]': 2, ':[': -2, '>:(': -3, ':@': -3, 'o_O': -1, 'O_o': -1, '\\o/': 3,
  '&lt;3': 3, '&lt;/3': -3,
};
