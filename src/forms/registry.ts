// Every form of the public site, by the name in its address (/account/actie/<naam>). Each feature
// declares its own actions with their behaviour on failure; this file only gathers them.
import { ACCOUNT_ACTIONS } from '@/accounts/actions'
import { FORWARD_ACTIONS } from '@/forward/form'
import { DOWNLOAD_ACTIONS } from '@/downloads/form'
import { FAVORIETEN_ACTIONS } from '@/favorieten/actions'
import { NOTITIE_ACTIONS } from '@/notities/actions'
import { SUGGESTIE_ACTIONS } from '@/suggesties/submit'

import type { FormAction, FormActions } from './action'

export const FORM_ACTIONS = {
  ...ACCOUNT_ACTIONS,
  ...FAVORIETEN_ACTIONS,
  ...NOTITIE_ACTIONS,
  ...SUGGESTIE_ACTIONS,
  ...DOWNLOAD_ACTIONS,
  ...FORWARD_ACTIONS,
} as const satisfies FormActions

export type FormActionName = keyof typeof FORM_ACTIONS

/** The action of that name; null for a name nobody declared (also "constructor", "__proto__", ...). */
export const formAction = (name: string): FormAction | null =>
  Object.hasOwn(FORM_ACTIONS, name) ? FORM_ACTIONS[name as FormActionName] : null
