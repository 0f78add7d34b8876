/** Outcome of checking an identifier; `reason` is Dutch because it ends up in the editor's form. */
export type IdentifierResult = { ok: true; value: string } | { ok: false; reason: string }
