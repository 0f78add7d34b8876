import type { ReactNode } from 'react'

import { decodeErrors, NOTICES } from '@/accounts/flash'
import type { FieldError } from '@/domain/field-error'

export type PageSearchParams = Record<string, string | string[] | undefined>

/** What a page needs from its address: the messages of a failed post and a notice after a good one. */
export function formState(params: PageSearchParams): {
  errors: FieldError[]
  notice: string | null
} {
  const code = typeof params.melding === 'string' ? params.melding : ''
  return { errors: decodeErrors(params), notice: NOTICES[code] ?? null }
}

export function FormMessages({ errors, notice }: { errors: FieldError[]; notice: string | null }) {
  return (
    <>
      {notice && (
        <p className="account-melding" role="status">
          {notice}
        </p>
      )}
      {errors.length > 0 && (
        <div className="account-fouten" role="alert">
          <p>Het formulier is nog niet in orde:</p>
          <ul>
            {errors.map((error) => (
              <li key={`${error.field}-${error.message}`}>
                <a href={`#veld-${error.field}`}>{error.message}</a>
              </li>
            ))}
          </ul>
        </div>
      )}
    </>
  )
}

type VeldProps = {
  name: string
  label: string
  type?: 'text' | 'email' | 'password' | 'hidden'
  autoComplete?: string
  required?: boolean
  defaultValue?: string
  help?: string
  errors: FieldError[]
}

export function Field({
  name,
  label,
  type = 'text',
  autoComplete,
  required,
  defaultValue,
  help,
  errors,
}: VeldProps) {
  const own = errors.filter((error) => error.field === name)
  const described =
    [help ? `hulp-${name}` : null, own.length ? `fout-${name}` : null].filter(Boolean).join(' ') ||
    undefined
  return (
    <p className="account-veld">
      <label htmlFor={`veld-${name}`}>{label}</label>
      {help && (
        <span className="account-hulp" id={`hulp-${name}`}>
          {help}
        </span>
      )}
      <input
        id={`veld-${name}`}
        name={name}
        type={type}
        autoComplete={autoComplete}
        required={required}
        defaultValue={defaultValue}
        aria-invalid={own.length ? true : undefined}
        aria-describedby={described}
      />
      {own.length > 0 && (
        <span className="account-fout" id={`fout-${name}`}>
          {own.map((error) => error.message).join(' ')}
        </span>
      )}
    </p>
  )
}

export function Form({
  actie,
  knop,
  children,
}: {
  actie: string
  knop: string
  children: ReactNode
}) {
  return (
    <form method="post" action={`/account/actie/${actie}`} className="account-formulier" noValidate>
      {children}
      <p>
        <button type="submit">{knop}</button>
      </p>
    </form>
  )
}
