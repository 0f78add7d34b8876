// Letters that Unicode decomposition does not split into a base letter plus an accent.
const LOSSE_LETTERS: Readonly<Record<string, string>> = {
  ß: 'ss',
  æ: 'ae',
  œ: 'oe',
  ø: 'o',
  ł: 'l',
  đ: 'd',
  ð: 'd',
  þ: 'th',
  ı: 'i',
}

/**
 * Lowercase, accents dropped ('Diëtist' -> 'dietist'): the one folding that URLs and search share,
 * so a slug and a search term built from the same name always agree.
 */
export function lowerAscii(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[ßæœøłđðþı]/g, (letter) => LOSSE_LETTERS[letter] ?? letter)
}
