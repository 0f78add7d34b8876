// The one shape of "this field is wrong, and why" on the whole site: domain checks, form actions,
// the form route's JSON answer and the components that show the messages all use it.

/** A problem with one submitted field; `message` is Dutch, shown to the person who typed it. */
export type FieldError = { field: string; message: string }

/** The outcome of checking input: the clean value, or every field that is wrong. */
export type Checked<T> = { ok: true; value: T } | { ok: false; errors: FieldError[] }
