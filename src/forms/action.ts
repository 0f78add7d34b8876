// What a form action of the public site is: the work, and how a failed plain-form post goes back
// to its page. Feature modules declare their actions with these types; the registry
// (src/forms/registry.ts) gathers them and the route /account/actie/<naam> runs them.
import type { Payload } from 'payload'

import type { User } from '@/payload-types'

import type { ActionResult } from './result'

export type Fields = Record<string, unknown>

export type ActionContext = {
  payload: Payload
  headers: Headers
  siteBase: string
  user: User | null
}

export type FormAction = {
  /** Does the work; knows nothing of HTTP. */
  run: (ctx: ActionContext, fields: Fields) => Promise<ActionResult>
  /** The form's page: a failed plain-form post goes back there with its messages. */
  page: string | ((fields: Fields) => string)
  /**
   * Typed values that come back into the form after a failed plain-form post (a short-lived cookie,
   * see kept-values.ts). Only what is harmless to keep: never a password or a token.
   */
  keep?: readonly string[]
  /** For a form that needs an account: on 401 a plain form goes to the login page and, once logged in, here. */
  afterLogin?: (fields: Fields) => string
}

/** Every action by its name in the address: /account/actie/<naam>. */
export type FormActions = Record<string, FormAction>

const text = (fields: Fields, name: string) =>
  typeof fields[name] === 'string' ? fields[name] : ''

/**
 * A page that carries some posted fields back in its address (query parameter = field name, or
 * [parameter, field]): the reset link's token, the fiche a form belongs to. Fields left empty are left out.
 */
export const pageWith =
  (path: string, ...carried: (string | readonly [string, string])[]) =>
  (fields: Fields): string => {
    const query = new URLSearchParams()
    for (const entry of carried) {
      const [param, field] = typeof entry === 'string' ? [entry, entry] : entry
      if (text(fields, field)) query.set(param, text(fields, field))
    }
    const search = query.toString()
    return search ? `${path}?${search}` : path
  }
