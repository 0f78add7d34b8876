import type { FieldError } from '@/domain/field-error'

/**
 * What a form action answers, independent of how it was asked: the form route turns it into a
 * redirect for a plain form, or JSON with the same status for a script.
 */
export type ActionResult =
  | { ok: true; redirect: string; notice?: string; setCookies?: string[] }
  | { ok: false; status: number; errors: FieldError[] }

export const fail = (status: number, field: string, message: string): ActionResult => ({
  ok: false,
  status,
  errors: [{ field, message }],
})

export const invalid = (errors: FieldError[]): ActionResult => ({ ok: false, status: 400, errors })

export const done = (redirect: string, notice?: string, setCookies?: string[]): ActionResult => ({
  ok: true,
  redirect,
  notice,
  setCookies,
})
