import { describe, expect, it } from 'vitest';
import { type Principal, authorize } from '#core/access';

const device: Principal = { subject: 'd', role: 'device', centerId: 'demo', windowId: 'w01', credential: 'c' };
const supervisor: Principal = { subject: 's', role: 'supervisor', centerId: 'demo', credential: 'c' };

describe('authorize (DOMAIN.md §2)', () => {
  it('lets a device write for its own window only', () => {
    expect(authorize(device, ['device'], { centerId: 'demo', windowId: 'w01' })).toEqual({ allowed: true });
    expect(authorize(device, ['device'], { centerId: 'demo', windowId: 'w02' })).toEqual({ allowed: false, reason: 'window' });
  });

  it('never lets a caller act in another center', () => {
    expect(authorize(device, ['device'], { centerId: 'other', windowId: 'w01' })).toEqual({ allowed: false, reason: 'center' });
    expect(authorize(supervisor, ['supervisor'], { centerId: 'other' })).toEqual({ allowed: false, reason: 'center' });
  });

  it('refuses a role the route does not name', () => {
    expect(authorize(device, ['clerk', 'head'], { centerId: 'demo', windowId: 'w01' })).toEqual({ allowed: false, reason: 'role' });
  });

  it('lets a center-wide role act for any window of its center', () => {
    expect(authorize(supervisor, ['supervisor'], { centerId: 'demo', windowId: 'w07' })).toEqual({ allowed: true });
  });

  it('refuses a window-scoped credential without its window claim, even for center-level records', () => {
    const headless: Principal = { subject: 'h', role: 'head', centerId: 'demo', credential: 'c' };
    expect(authorize(headless, ['head'], { centerId: 'demo' })).toEqual({ allowed: false, reason: 'window' });
    expect(authorize({ ...headless, windowId: 'w01' }, ['head'], { centerId: 'demo' })).toEqual({ allowed: true });
  });

  it('lets an officer’s own account read its own officer only, and nothing without its officer claim', () => {
    const own: Principal = { subject: 'o', role: 'officer', centerId: 'demo', officerId: 'o001', credential: 'c' };
    expect(authorize(own, ['officer', 'supervisor'], { centerId: 'demo', officerId: 'o001' })).toEqual({ allowed: true });
    expect(authorize(own, ['officer', 'supervisor'], { centerId: 'demo', officerId: 'o002' })).toEqual({ allowed: false, reason: 'officer' });
    expect(authorize(own, ['supervisor'], { centerId: 'demo', officerId: 'o001' })).toEqual({ allowed: false, reason: 'role' });
    const unbound: Principal = { subject: 'o', role: 'officer', centerId: 'demo', credential: 'c' };
    expect(authorize(unbound, ['officer'], { centerId: 'demo', officerId: 'o001' })).toEqual({ allowed: false, reason: 'officer' });
    expect(authorize(unbound, ['officer'], { centerId: 'demo' })).toEqual({ allowed: false, reason: 'officer' });
    // Another role's officer target is no limit: a supervisor reads any officer.
    expect(authorize(supervisor, ['officer', 'supervisor'], { centerId: 'demo', officerId: 'o002' })).toEqual({ allowed: true });
  });
});
