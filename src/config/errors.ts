export type Problem = { variable: string; message: string }

/**
 * Every missing or invalid variable at once, so one start-up shows all that needs fixing. Each
 * message reads as a Dutch sentence after the variable's name ("SMTP_PORT moet ... zijn").
 */
export class ConfigError extends Error {
  constructor(
    readonly problems: Problem[],
    readonly production = false,
  ) {
    super(formatProblems(problems, production))
    this.name = 'ConfigError'
  }
}

function formatProblems(problems: Problem[], production: boolean): string {
  const title = production
    ? `De configuratie is niet in orde voor productie (NODE_ENV=production zonder DEMO_MODE=true), ${problems.length} ${problems.length === 1 ? 'probleem' : 'problemen'}:`
    : `De configuratie is niet in orde, ${problems.length} ${problems.length === 1 ? 'probleem' : 'problemen'}:`
  return [
    title,
    ...problems.map((p) => `  - ${p.variable} ${p.message}`),
    'Zet ze in de omgeving of in .env (zie .env.example en README, "Configuration").',
  ].join('\n')
}

/** Zod's issues as problems: the first path segment is the variable's name. */
export const problemsFromIssues = (
  issues: readonly { path: readonly PropertyKey[]; message: string }[],
): Problem[] =>
  issues.map((issue) => ({ variable: String(issue.path[0] ?? '?'), message: issue.message }))
