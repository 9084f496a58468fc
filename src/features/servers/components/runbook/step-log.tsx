import { LogBox } from '@/components/operation/log-box';

/** What a step printed, as the agent (or the operator's paste) left it. */
export function StepLog({ lines, label }: { lines: readonly string[]; label: string }) {
  if (lines.length === 0) return null;
  return (
    <LogBox label={label}>
      {lines.map((line, i) => (
        <div key={i}>{line}</div>
      ))}
    </LogBox>
  );
}
