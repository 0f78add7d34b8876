import type { FieldError } from '@/domain/field-error'

type PayloadRefusal = { status?: unknown; message?: unknown; data?: { errors?: unknown } | null }
type PayloadFieldProblem = { path?: unknown; message?: unknown }

const text = (value: unknown, fallback: string) =>
  typeof value === 'string' && value ? value : fallback

/**
 * Payload's ValidationError as field errors, recognised by its shape (status 400 with data.errors),
 * never with `instanceof`: a production bundle may hold more than one copy of Payload's error
 * classes, and `instanceof` then fails. Anything else gives null, for the caller to rethrow.
 */
export function validationErrorsOf(error: unknown): FieldError[] | null {
  const { status, data } = (error ?? {}) as PayloadRefusal
  const problems = data?.errors
  if (status !== 400 || !Array.isArray(problems) || problems.length === 0) return null
  return (problems as PayloadFieldProblem[]).map((problem) => ({
    field: text(problem?.path, 'formulier'),
    message: text(problem?.message, 'Ongeldige invoer.'),
  }))
}

/** The HTTP status Payload gave a refusal (403, 404, ...), if it is one. */
export const refusalStatus = (error: unknown): number | null => {
  const status = ((error ?? {}) as PayloadRefusal).status
  return typeof status === 'number' ? status : null
}

/** A 400 without field list (an APIError from a hook): its own message, on the given field. */
export const refusalMessage = (error: unknown): string | null => {
  const { status, message } = (error ?? {}) as PayloadRefusal
  return status === 400 && typeof message === 'string' && message ? message : null
}
