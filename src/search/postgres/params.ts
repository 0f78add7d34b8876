/** Collects bound parameters while SQL is assembled: add() returns the placeholder ($1, $2, ...). */
export class SqlParams {
  readonly values: unknown[] = []
  add(value: unknown, cast = ''): string {
    this.values.push(value)
    return `$${this.values.length}${cast}`
  }
}
