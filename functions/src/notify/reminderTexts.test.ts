import { describe, expect, it } from 'vitest';
import { breachAuthority, staticTenants } from '../tenants/tenantSettings.js';
import { reminderText } from './reminderTexts.js';

describe('the breach authority', () => {
  it("follows the tenant's country, not the reader's language", () => {
    const tenants = staticTenants(['se', 'dk'], { dk: { country: 'DK' } }, 'SE');
    expect(breachAuthority(tenants.settings('se'))).toBe('IMY');
    expect(breachAuthority(tenants.settings('dk'))).toBe('Datatilsynet');
    const due = '2026-11-30T15:00:00.000Z';
    // A Swedish-speaking officer in a Danish municipality is told to notify Datatilsynet, and a Danish speaker in Sweden IMY.
    expect(reminderText('sv', 'breach.notifyAuthority', 'before-PT12H', 'IS 2026/1', due, 'Europe/Copenhagen', 'Datatilsynet').text).toContain(
      'till Datatilsynet',
    );
    expect(reminderText('da', 'breach.notifyAuthority', 'before-PT12H', 'IS 2026/1', due, 'Europe/Stockholm', 'IMY').text).toContain('til IMY');
    expect(reminderText('en', 'breach.notifyAuthority', 'at', 'IS 2026/1', due, 'Europe/Stockholm', 'IMY').text).toContain('to IMY');
  });
});
