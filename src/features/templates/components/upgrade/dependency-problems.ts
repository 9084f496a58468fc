/**
 * The server's dependency refusal ("web depends on redis, which would not be there. …") put at
 * the components it is about: { web: "web depends on redis, …" }.
 */
export function dependencyProblems(detail: string | undefined): Record<string, string> {
  const problems: Record<string, string> = {};
  for (const match of (detail ?? '').matchAll(/([a-z0-9-]+) depends on ([a-z0-9-]+)/g)) {
    const [, component, dependency] = match;
    if (!component || !dependency) continue;
    const text = `${component} depends on ${dependency}, which would not be there: pick ${dependency} too, or leave ${component} out.`;
    problems[component] = problems[component] ? `${problems[component]} ${text}` : text;
  }
  return problems;
}
