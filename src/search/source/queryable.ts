/** The part of node-postgres' Pool and Client the search code uses, so either (or a transaction) fits. */
export type Queryable = {
  query<R extends Record<string, unknown> = Record<string, unknown>>(
    text: string,
    values?: unknown[],
  ): Promise<{ rows: R[]; rowCount: number | null }>
}
