import type { ServiceStatus } from '@/contract/servers';

/**
 * What `./ac-self-hosted.sh -n <project> version` and `… check` print, written (by the server's
 * agent, and by the simulator) and read back (from what an operator pastes). Reading never
 * throws: it takes what it recognises and says which lines it could not read.
 */

export interface ImageLine {
  service: string;
  image: string;
  tag: string;
  hash: string;
}

export interface StatusLine {
  service: string;
  status: ServiceStatus;
}

export interface ScriptOutput {
  scriptVersion: string | null;
  images: ImageLine[];
  statuses: StatusLine[];
  /** Non-blank lines that were neither a version, an image nor a status. */
  unread: string[];
}

const SCRIPT_VERSION = /script version:?\s*v?(\d+(?:\.\d+){1,3})\b/i;
// registry/path/name:tag followed by its digest, as `docker images --digests` pairs them.
const IMAGE = /^\s*(?:(\S+)\s+)?(\S+\/([\w.-]+)):([\w.-]+)(?:@|\s+)(sha256:[0-9a-f]{64})\s*$/;
const STATUS =
  /^\s*([a-z][\w-]*?)(?:-\d+)?\s+.*?\b(healthy|unhealthy|starting|running|exited|stopped)\b/i;
const HEADER = /^\s*(name|service|images?:?|statuses:?|[-=\s]+)(\s+status)?\s*$/i;
// eslint-disable-next-line no-control-regex -- pasted terminal output carries colour codes.
const ANSI = /\u001b\[[0-9;]*m/g;

const STATUS_OF: Record<string, ServiceStatus> = {
  healthy: 'healthy',
  running: 'healthy',
  unhealthy: 'unhealthy',
  starting: 'unhealthy',
  exited: 'stopped',
  stopped: 'stopped',
};

export function readScriptOutput(text: string, project = ''): ScriptOutput {
  const out: ScriptOutput = { scriptVersion: null, images: [], statuses: [], unread: [] };
  const prefix = project ? `${project.toLowerCase()}-` : '';
  for (const raw of text.replace(ANSI, '').split(/\r?\n/)) {
    const line = raw.trimEnd();
    if (line.trim() === '' || HEADER.test(line)) continue;
    const version = SCRIPT_VERSION.exec(line);
    const image = IMAGE.exec(line);
    const status = STATUS.exec(line);
    if (version?.[1]) out.scriptVersion = version[1];
    else if (image) {
      const [, service, name = '', base = '', tag = '', hash = ''] = image;
      out.images.push({ service: service ?? base, image: name, tag, hash });
    } else if (status?.[1] && status[2]) {
      const name = status[1].toLowerCase();
      const service = prefix && name.startsWith(prefix) ? name.slice(prefix.length) : name;
      out.statuses.push({ service, status: STATUS_OF[status[2].toLowerCase()] ?? 'unknown' });
    } else out.unread.push(line.trim());
  }
  return out;
}

export function writeVersionOutput(scriptVersion: string, images: readonly ImageLine[]): string {
  const width = Math.max(8, ...images.map((i) => i.service.length + 2));
  return [
    `Script version: ${scriptVersion}`,
    ...(images.length > 0 ? ['Images:'] : []),
    ...images.map((i) => `  ${i.service.padEnd(width)}${i.image}:${i.tag}@${i.hash}`),
  ].join('\n');
}

export function writeCheckOutput(project: string, statuses: readonly StatusLine[]): string {
  const names = statuses.map((s) => `${project}-${s.service}-1`);
  const width = Math.max(8, ...names.map((n) => n.length + 2));
  return [
    `${'NAME'.padEnd(width)}STATUS`,
    ...statuses.map((s, i) => `${(names[i] ?? '').padEnd(width)}${s.status}`),
  ].join('\n');
}

export interface Verification {
  ok: boolean;
  /** One sentence per service that is not where the target release puts it. */
  problems: string[];
}

interface Target {
  version: string;
  images: readonly { service: string; tag: string; hash: string }[];
}

/** What `version` output says against the target release: a sentence per service not on it. */
export function imageProblems(output: ScriptOutput, target: Target): string[] {
  if (output.images.length === 0)
    return ['No image hashes were read: paste what `version` printed.'];
  return target.images.flatMap((want) => {
    const image = output.images.find((i) => i.service === want.service);
    if (!image) return [`${want.service}: its image is missing from the version output.`];
    if (image.hash === want.hash) return [];
    return [
      `${want.service}: runs ${short(image.hash)}, but ${target.version} ships ${short(want.hash)}.`,
    ];
  });
}

/** What `check` output says: a sentence per service that is not healthy or not listed. */
export function statusProblems(output: ScriptOutput, target: Target): string[] {
  if (output.statuses.length === 0)
    return ['No service statuses were read: paste what `check` printed.'];
  return target.images.flatMap((want) => {
    const status = output.statuses.find((s) => s.service === want.service);
    if (!status) return [`${want.service}: no status in the check output.`];
    return status.status === 'healthy' ? [] : [`${want.service} is ${status.status}.`];
  });
}

/** Checks pasted `version` and `check` output against the images of the target release. */
export function verifyScriptOutput(output: ScriptOutput, target: Target): Verification {
  const problems = [...imageProblems(output, target), ...statusProblems(output, target)];
  return { ok: problems.length === 0, problems };
}

/** A digest as people compare them on screen: the first 12 hex digits. */
export function short(hash: string): string {
  return hash.replace(/^sha256:/, '').slice(0, 12);
}
