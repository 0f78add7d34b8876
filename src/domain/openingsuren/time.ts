export const MINUTES_PER_DAY = 24 * 60

/**
 * Minutes since midnight for 'HH:MM', or null. '24:00' is only meaningful as a closing time
 * ("until midnight"), so it is accepted only when `alsSluitingsuur` is set.
 */
export function parseTime(
  waarde: string | null | undefined,
  alsSluitingsuur = false,
): number | null {
  if (typeof waarde !== 'string') return null
  const tekst = waarde.trim()
  if (alsSluitingsuur && tekst === '24:00') return MINUTES_PER_DAY
  const match = /^([01]\d|2[0-3]):([0-5]\d)$/.exec(tekst)
  if (!match) return null
  return Number(match[1]) * 60 + Number(match[2])
}
