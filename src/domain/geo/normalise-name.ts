/**
 * Makes place names comparable the way people type them: 'sint-niklaas', 'Sint Niklaas',
 * 'St.-Niklaas' and 'SINT-NIKLAAS' are the same place, and 'Liège' matches 'liege'.
 */
export function comparableName(naam: string): string {
  return naam
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim()
    .replace(/\bste\b/g, 'sainte')
    .replace(/\bst\b/g, 'sint')
}
