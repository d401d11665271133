// Letters from other scripts that look like Latin letters, used to slip a word
// past a filter ("fuсk" with a Cyrillic с). Keys are lower-case; the folder
// lower-cases before looking up. Only look-alikes: mapping every Cyrillic
// letter would garble real Russian text for no gain.
export const homoglyphs: Record<string, string> = {
  // Cyrillic
  а: 'a', в: 'b', е: 'e', ё: 'e', з: '3', к: 'k', м: 'm', н: 'h', о: 'o', р: 'p', с: 'c', т: 't',
  у: 'y', х: 'x', ѕ: 's', і: 'i', ї: 'i', ј: 'j', ԁ: 'd', ԛ: 'q', ԝ: 'w', ү: 'y', һ: 'h', ɡ: 'g',
  // Greek
  α: 'a', β: 'b', ε: 'e', ι: 'i', κ: 'k', ν: 'v', ο: 'o', ρ: 'p', τ: 't', υ: 'u', χ: 'x', ω: 'w',
  // Latin oddities NFKD leaves alone
  ı: 'i', ł: 'l', ø: 'o', đ: 'd', ß: 'ss', æ: 'ae', œ: 'oe', ŀ: 'l',
};

// Invisible characters used to split a word ("fu\u200Bck"); dropped when folding.
export const invisible = new Set(['\u00AD', '\u200B', '\u200C', '\u200D', '\u2060', '\uFEFF', '\u180E']);
