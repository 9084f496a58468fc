import type { BrowserContext, ConsoleMessage, WebError } from '@playwright/test';

export interface BrowserError {
  kind: 'console.error' | 'pageerror';
  text: string;
  /** url:line of the script that logged or threw, when the browser says. */
  where?: string;
}

export interface BrowserErrorLog {
  readonly errors: readonly BrowserError[];
  /** Errors not matched by any pattern in `allowed`. */
  unexpected(allowed: readonly RegExp[]): BrowserError[];
  stop(): void;
}

function fromConsole(message: ConsoleMessage): BrowserError {
  const { url, lineNumber } = message.location();
  return {
    kind: 'console.error',
    text: message.text(),
    where: url ? `${url}:${String(lineNumber)}` : undefined,
  };
}

function fromPageError(webError: WebError): BrowserError {
  const error = webError.error();
  const { url, line } = webError.location();
  return {
    kind: 'pageerror',
    text: error.stack ?? `${error.name}: ${error.message}`,
    where: url ? `${url}:${String(line)}` : undefined,
  };
}

/** Records every console.error and uncaught exception of every page in the context. */
export function recordBrowserErrors(context: BrowserContext): BrowserErrorLog {
  const errors: BrowserError[] = [];
  const onConsole = (message: ConsoleMessage) => {
    if (message.type() === 'error') errors.push(fromConsole(message));
  };
  const onWebError = (webError: WebError) => errors.push(fromPageError(webError));
  context.on('console', onConsole);
  context.on('weberror', onWebError);
  return {
    errors,
    unexpected: (allowed) => errors.filter((error) => !allowed.some((re) => re.test(error.text))),
    stop: () => {
      context.off('console', onConsole);
      context.off('weberror', onWebError);
    },
  };
}

export function describeBrowserErrors(errors: readonly BrowserError[]): string {
  const lines = errors.map(
    (e, i) => `  ${String(i + 1)}. [${e.kind}] ${e.text}${e.where ? `\n     at ${e.where}` : ''}`,
  );
  return [
    `The browser reported ${String(errors.length)} unexpected error(s):`,
    ...lines,
    'If a test provokes them on purpose, allow them: test.use({ allowedConsoleErrors: [/pattern/] }).',
  ].join('\n');
}
