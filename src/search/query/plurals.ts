// Dutch plural -> singular folding. PostgreSQL's 'dutch' Snowball stemmer (and Typesense, which uses
// the same one) stems 'huisarts' to 'huisart' but 'huisartsen' to 'huisarts', so singular and plural
// never meet (see "Search notes" in the shared SOURCES.md). Instead of a stemmer we fold plurals to
// their singulars on both the query and the document side and search with the 'simple' configuration.
//
// The rules are deliberately generous: every form returned is OR-ed with the original token, so a
// wrong extra form ('apothek' next to 'apotheek') costs at most a rare stray match, while a missed
// singular costs every result. The original token is always kept, so nothing can get lost.

/** Irregular plurals, also matched as the end of a compound ('woonzorgcentra' -> 'woonzorgcentrum'). */
const IRREGULAR_ENDINGS: ReadonlyArray<readonly [plural: string, singular: string]> = [
  ['centra', 'centrum'],
  ['musea', 'museum'],
  ['kinderen', 'kind'],
  ['eieren', 'ei'],
  ['bladeren', 'blad'],
  ['liederen', 'lied'],
  ['volkeren', 'volk'],
  ['steden', 'stad'],
  ['schepen', 'schip'],
  ['technici', 'technicus'],
  ['politici', 'politicus'],
  ['musici', 'musicus'],
]

/**
 * Words that look like plurals but are not (mostly Flemish place names). Folding them would only add
 * noise: 'tienen' -> 'tien'. Not exhaustive; the original token is kept anyway.
 */
const NOT_PLURAL: ReadonlySet<string> = new Set([
  'tienen',
  'leuven',
  'mechelen',
  'beveren',
  'tongeren',
  'wetteren',
  'herentals',
  'heusden',
  'bilzen',
  'zelzate',
  'essen',
  'lochristi',
  'lebbeke',
  'maldegem',
  'zwevegem',
  'evergem',
  'deinze',
  'geraardsbergen',
  'halen',
  'hamont',
  'leopoldsburg',
  'kapellen',
  'duffel',
  'ravels',
  'dessel',
  'balen',
  'olen',
  'lanaken',
  'opglabbeek',
  'wevelgem',
  'menen',
  'ieper',
  'zonnebeke',
  'bredene',
  'kalmthout',
  'haacht',
  'tremelo',
  'lummen',
  'hechtel',
  'dilsen',
  'stokkem',
  'vilvoorde',
  'zaventem',
  'tervuren',
  'wezembeek',
  'zemst',
  'thuis',
  'huis',
  'mens',
  'gent',
  'kans',
  'dans',
  'grens',
  'wens',
  'lens',
  'eens',
  'ons',
])

const VOWELS = new Set(['a', 'e', 'i', 'o', 'u', 'y'])
const isVowel = (char: string | undefined): boolean => char !== undefined && VOWELS.has(char)

/** Singulars of a word ending in -en once the -en is removed ('apothek' from 'apotheken'). */
function singularsOfEnStem(stem: string): string[] {
  const forms: string[] = []
  const last = stem.at(-1) ?? ''
  const beforeLast = stem.at(-2)
  // bedden -> bed, gezinnen -> gezin: a closed syllable doubles its consonant in the plural.
  if (!isVowel(last) && last === beforeLast) return [stem.slice(0, -1)]
  // huizen -> huis, brieven -> brief: voiced in the plural, voiceless at the end of the singular.
  const devoiced =
    last === 'z' ? `${stem.slice(0, -1)}s` : last === 'v' ? `${stem.slice(0, -1)}f` : stem
  forms.push(devoiced)
  // apotheken -> apotheek, psychologen -> psycholoog: an open syllable has a long vowel, written
  // double in the singular. Both forms are kept because 'dagen' -> 'dag' has a short one.
  const vowel = devoiced.at(-2)
  if (
    vowel &&
    'aeou'.includes(vowel) &&
    !isVowel(devoiced.at(-1)) &&
    !isVowel(devoiced.at(-3)) &&
    devoiced.length >= 3
  ) {
    forms.push(`${devoiced.slice(0, -1)}${vowel}${devoiced.at(-1)}`)
  }
  return forms
}

/** The plausible singulars of one normalised token, without the token itself. */
function singularsOf(token: string): string[] {
  for (const [plural, singular] of IRREGULAR_ENDINGS) {
    if (token.endsWith(plural)) return [token.slice(0, -plural.length) + singular]
  }
  if (NOT_PLURAL.has(token) || token.length < 5) return []

  if (token.endsWith('en')) {
    // ouderen -> oudere, verpleegkundigen -> verpleegkundige, bacterien -> bacterie: the plural only
    // added -n to a word ending in -e. Dropping -en as well would turn 'ouderen' into 'ouder' (parent).
    if (/(ere|ige|ie)n$/.test(token)) return [token.slice(0, -1)]
    // knieen -> knie, ideeen -> idee (ë is already folded to e).
    if (/(ie|ee)en$/.test(token)) return [token.slice(0, -2)]
    const stem = token.slice(0, -2)
    return stem.length >= 3 ? singularsOfEnStem(stem) : []
  }
  // babys -> baby, autos -> auto (the apostrophe of "baby's" is removed by normalisation).
  if (/[^aeiou][yo]s$/.test(token)) return [token.slice(0, -1)]
  // dokters -> dokter, middels, ziektes -> ziekte, kopjes -> kopje, families -> familie. Not -is or -us
  // ('thuis', 'campus') and only for longer words, so 'mens' and 'grens' stay whole.
  if (token.length >= 6 && /(er|el|em|en|e|ie)s$/.test(token)) return [token.slice(0, -1)]
  return []
}

/**
 * The token plus its plausible singulars, token first, no repeats: 'huisartsen' -> ['huisartsen',
 * 'huisarts'], 'woonzorgcentra' -> ['woonzorgcentra', 'woonzorgcentrum'], 'thuis' -> ['thuis'].
 * Expects a normalised token (see normalise.ts); digits-only tokens (postcodes) are returned as is.
 */
export function singularForms(token: string): string[] {
  if (!/^[a-z]+$/.test(token)) return [token]
  return [...new Set([token, ...singularsOf(token)])]
}
