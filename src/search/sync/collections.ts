/** The collections whose changes reach the search index. */
export const SYNCED_COLLECTIONS = [
  'aanbod',
  'organisaties',
  'praktijken',
  'zorgverleners',
  'rubrieken',
] as const
export type SyncedCollection = (typeof SYNCED_COLLECTIONS)[number]

/** Content that is not searched but whose public pages follow the same outbox. */
export const PAGE_ONLY_COLLECTIONS = ['handleidingen', 'faq'] as const
export type OutboxCollection = SyncedCollection | (typeof PAGE_ONLY_COLLECTIONS)[number]
