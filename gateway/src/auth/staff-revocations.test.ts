import type { Principal } from '@casinox/auth';
import { describe, expect, it } from 'vitest';
import { parseRevocation, StaffTokenVersions } from './staff-revocations.js';

const T0 = 1_800_000_000_000; // ms
const staff = (userId: string, tokenVersion: number, issuedAtMs: number): Principal => ({
  kind: 'operator',
  userId,
  tenantId: 't1',
  playerId: null,
  operatorId: 'o1',
  role: 'ADMIN',
  platformAdmin: false,
  scopes: [],
  audience: 'casinox:admin',
  expiresAt: Math.floor(issuedAtMs / 1000) + 600,
  issuedAt: Math.floor(issuedAtMs / 1000),
  tokenVersion,
  token: 'jwt',
});
const synced = () => {
  const versions = new StaffTokenVersions(T0);
  versions.lostTrack(T0);
  versions.snapshot({}, T0, T0);
  return versions;
};

describe('StaffTokenVersions', () => {
  it('refuses a staff token below its user’s version, and only that user’s', () => {
    const versions = synced();
    versions.learn('u1', 2, T0 + 1000);
    expect(versions.isRevoked(staff('u1', 1, T0 - 5000))).toBe(true);
    expect(versions.isRevoked(staff('u1', 2, T0 + 2000))).toBe(false);
    expect(versions.isRevoked(staff('u2', 0, T0 - 5000))).toBe(false);
  });

  it('never checks players or partners', () => {
    const versions = new StaffTokenVersions(T0); // even while unsure
    versions.learn('u1', 9);
    expect(versions.isRevoked({ ...staff('u1', 0, T0 - 5000), kind: 'player', audience: 'casinox:player' })).toBe(
      false,
    );
    expect(versions.isRevoked({ ...staff('u1', 0, T0 - 5000), kind: 'partner', audience: 'casinox:partner' })).toBe(
      false,
    );
  });

  it('keeps the highest version when a late notice follows a newer snapshot', () => {
    const versions = synced();
    versions.snapshot({ u1: 3 }, T0 + 10, T0 + 10);
    versions.learn('u1', 2, T0 + 20);
    expect(versions.isRevoked(staff('u1', 2, T0))).toBe(true);
  });

  it('refuses staff tokens issued before a gap until a snapshot requested after it loads', () => {
    const versions = synced();
    const old = staff('u1', 0, T0 + 1000);
    expect(versions.isRevoked(old)).toBe(false);
    versions.lostTrack(T0 + 5500); // the listener reconnected: notices may be lost
    expect(versions.unsure).toBe(true);
    expect(versions.isRevoked(old)).toBe(true);
    // `iat` has whole seconds: any token of the gap's second counts as before it; a later one passes.
    expect(versions.isRevoked(staff('u1', 0, T0 + 5300))).toBe(true);
    expect(versions.isRevoked(staff('u1', 0, T0 + 5900))).toBe(true);
    expect(versions.isRevoked(staff('u1', 0, T0 + 6000))).toBe(false);
    // A snapshot requested before a newer gap does not end it.
    versions.lostTrack(T0 + 8000);
    versions.snapshot({}, T0 + 6000, T0 + 8100);
    expect(versions.isRevoked(old)).toBe(true);
    versions.snapshot({ u2: 1 }, T0 + 8000, T0 + 8200);
    expect(versions.unsure).toBe(false);
    expect(versions.isRevoked(old)).toBe(false);
    expect(versions.isRevoked(staff('u2', 0, T0))).toBe(true);
  });

  it('is unsure from construction (start-up) until the first snapshot', () => {
    const versions = new StaffTokenVersions(T0);
    expect(versions.isRevoked(staff('u1', 0, T0 - 1000))).toBe(true);
    versions.snapshot({}, T0, T0 + 5);
    expect(versions.isRevoked(staff('u1', 0, T0 - 1000))).toBe(false);
  });

  it('forgets versions after every token below them has expired', () => {
    const versions = synced();
    versions.learn('u1', 1, T0);
    versions.forgetOld(T0 + 14 * 60_000);
    expect(versions.size).toBe(1);
    versions.forgetOld(T0 + 16 * 60_000);
    expect(versions.size).toBe(0);
  });
});

describe('parseRevocation', () => {
  it('reads identity’s payload and ignores anything else', () => {
    expect(parseRevocation('{"userId":"u1","version":4}')).toEqual({ userId: 'u1', version: 4 });
    expect(parseRevocation('{"userId":"u1","version":"4"}')).toBeNull();
    expect(parseRevocation('{"userId":1,"version":4}')).toBeNull();
    expect(parseRevocation('not json')).toBeNull();
  });
});
