// Handleidingen and FAQ are grouped by topic (onderwerp) within an audience. Pure, for the pages.

export type OnderwerpGroup<T> = { onderwerp: string; items: T[] }

export const OTHER_ONDERWERP = 'Overige'

/**
 * Groups items by their onderwerp, topics in alphabetical (Dutch) order, items in the order given;
 * items without a topic come last, under "Overige".
 */
export function groupByOnderwerp<T extends { onderwerp?: string | null }>(
  items: T[],
): OnderwerpGroup<T>[] {
  const groepen = new Map<string, T[]>()
  for (const item of items) {
    const onderwerp = item.onderwerp?.trim() || OTHER_ONDERWERP
    const lijst = groepen.get(onderwerp) ?? []
    lijst.push(item)
    groepen.set(onderwerp, lijst)
  }
  return [...groepen.entries()]
    .sort(([a], [b]) =>
      a === OTHER_ONDERWERP ? 1 : b === OTHER_ONDERWERP ? -1 : a.localeCompare(b, 'nl'),
    )
    .map(([onderwerp, lijst]) => ({ onderwerp, items: lijst }))
}
