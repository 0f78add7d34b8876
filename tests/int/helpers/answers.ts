// The shapes of the answers the tests read: Payload's REST and GraphQL APIs, the form route's JSON.

/** Payload's answer to a create or an update. */
export type DocAnswer<D = { id: number }> = { doc: D }

/** Payload's answer to a find. */
export type ListAnswer<D = { id: number }> = { docs: D[]; totalDocs: number }

/** A GraphQL answer: the lists asked for, or the errors. */
export type GraphqlAnswer = {
  data?: Record<string, { docs?: unknown[] } | null> | null
  errors?: unknown[]
}

export type AnswerError = { message: string; field?: string }

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null

/** The errors of a refusal, by Payload or by a form or endpoint of this site (which name the field). */
export const errorsOf = ({ body }: { body: unknown }): AnswerError[] =>
  isRecord(body) && Array.isArray(body.errors)
    ? body.errors.filter((e): e is AnswerError => isRecord(e) && typeof e.message === 'string')
    : []
