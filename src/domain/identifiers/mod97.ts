/**
 * The KBO enterprise number and the establishment unit number share one check: the last two digits
 * equal 97 minus (the first eight digits mod 97). Kept apart so both validators use the same code.
 */
export function hasValidKboCheckDigits(tienCijfers: string): boolean {
  const basis = Number(tienCijfers.slice(0, 8))
  const controle = Number(tienCijfers.slice(8, 10))
  return controle === 97 - (basis % 97)
}
