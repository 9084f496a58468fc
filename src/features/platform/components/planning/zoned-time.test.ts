import fc from 'fast-check';
import { isoToZonedInput, isTimeZone, timeZoneOptions, zonedInputToIso } from './zoned-time';

describe('zoned time', () => {
  it('reads a wall-clock time in its zone, summer and winter', () => {
    expect(zonedInputToIso('2026-12-01T10:00', 'Europe/Lisbon')).toBe('2026-12-01T10:00:00.000Z');
    expect(zonedInputToIso('2026-07-01T10:00', 'Europe/Lisbon')).toBe('2026-07-01T09:00:00.000Z');
    expect(zonedInputToIso('2026-12-01T10:00', 'America/New_York')).toBe(
      '2026-12-01T15:00:00.000Z',
    );
    expect(zonedInputToIso('2026-12-01T10:00', 'Asia/Kolkata')).toBe('2026-12-01T04:30:00.000Z');
  });

  it('refuses what is not a time or not a zone', () => {
    expect(zonedInputToIso('', 'UTC')).toBeNull();
    expect(zonedInputToIso('2026-12-01T10:00', '')).toBeNull();
    expect(zonedInputToIso('2026-12-01T10:00', 'Mars/Olympus')).toBeNull();
    expect(isTimeZone('Europe/Lisbon')).toBe(true);
    expect(isTimeZone('nowhere')).toBe(false);
  });

  it('shows an instant back as the same wall-clock time (whole minutes, any zone)', () => {
    const zones = ['UTC', 'Europe/Lisbon', 'America/New_York', 'Asia/Kolkata', 'Australia/Sydney'];
    fc.assert(
      fc.property(
        fc.integer({ min: Date.UTC(2020, 0, 1) / 60_000, max: Date.UTC(2035, 0, 1) / 60_000 }),
        fc.constantFrom(...zones),
        (minutes, zone) => {
          const iso = new Date(minutes * 60_000).toISOString();
          const local = isoToZonedInput(iso, zone);
          const back = zonedInputToIso(local, zone);
          // A wall time repeated when clocks go back may read as the other instant.
          expect(isoToZonedInput(back ?? '', zone)).toBe(local);
        },
      ),
    );
  });

  it('always offers UTC among the zones', () => {
    expect(timeZoneOptions()).toContain('UTC');
    expect(timeZoneOptions()).toContain('Europe/Lisbon');
  });
});
