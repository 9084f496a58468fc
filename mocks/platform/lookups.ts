import type { PlatformEnvironment } from '@/contract/platform';
import { compareVersions } from '@/lib/version-compare';
import { problems } from '../core/problems';
import type { Db } from '../db';
import { findEnvironment, type EnvironmentRecord } from './state';

export function toEnvironment(env: EnvironmentRecord): PlatformEnvironment {
  return structuredClone(env);
}

export function requireEnvironment(db: Db, id: string): EnvironmentRecord {
  const env = findEnvironment(db, id);
  if (!env) throw problems.notFound('Environment', id);
  return env;
}

const released = (db: Db) => db.platformReleases.map((r) => r.version).join(', ');

/** A version that was never released: 422 at its field, naming the released ones. */
export function requireReleased(db: Db, version: string, field: string) {
  const release = db.platformReleases.find((r) => compareVersions(r.version, version) === 0);
  if (release) return release;
  const message = `${version} is not a Platform Server release. Released: ${released(db)}.`;
  throw problems.unprocessable('There is no such release', message, [{ field, message }]);
}
