import type { ContractReport, Outcome } from './contract-check';

const labels: Record<Outcome, string> = { passed: 'pass', failed: 'FAIL', skipped: 'skip' };

/** The report, one endpoint a line, with why under each failure or skip. */
export function formatReport(report: ContractReport): string[] {
  const who = report.signedInAs ? ` (signed in as ${report.signedInAs})` : '';
  const lines = [`Contract check of ${report.base}${who}`];
  const width = Math.max(...report.results.map((r) => r.id.length));
  for (const r of report.results) {
    const calls = r.calls === 1 ? '1 call' : `${String(r.calls)} calls`;
    lines.push(`  ${labels[r.outcome]}  ${r.id.padEnd(width)}  ${r.method} ${r.path}  (${calls})`);
    if (r.detail) lines.push(`        ${r.detail}`);
  }
  const count = (outcome: Outcome) => report.results.filter((r) => r.outcome === outcome).length;
  lines.push(
    `${String(report.results.length)} endpoints: ${String(count('passed'))} passed, ${String(count('failed'))} failed, ${String(count('skipped'))} skipped`,
  );
  return lines;
}
