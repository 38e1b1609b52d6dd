import { describe, expect, it } from 'vitest';
import { applyPreferences, preferencesView } from './preferences.ts';

const everywhere = { eAddress: true, email: true, phone: true };
const portalOnly = { eAddress: false, email: false, phone: false };
const stored = (result: ReturnType<typeof applyPreferences>) => {
  if ('kind' in result) throw new Error(result.message);
  return result;
};
const enabled = (view: ReturnType<typeof preferencesView>) => view.notifications.filter((n) => n.enabled).map((n) => `${n.topic}/${n.channel}`);

describe('preferences', () => {
  it('defaults: Latvian, the portal, status changes and deadlines to the portal, no offers nor consent news', () => {
    const view = preferencesView(null, everywhere);
    expect(view).toMatchObject({ language: 'lv', preferredChannel: 'PORTAL' });
    expect(view.notifications).toHaveLength(16); // 4 topics × 4 channels
    expect(enabled(view)).toEqual(['CASE_STATUS_CHANGES/PORTAL', 'DEADLINES/PORTAL']);
  });

  it('changes only what is named', () => {
    const next = applyPreferences(null, { language: 'EN', notifications: [{ topic: 'DEADLINES', channel: 'SMS', enabled: true }, { topic: 'CASE_STATUS_CHANGES', channel: 'PORTAL', enabled: false }] }, everywhere);
    expect(next).toMatchObject({ language: 'en', preferredChannel: 'PORTAL' });
    expect(enabled(preferencesView(stored(next), everywhere))).toEqual(['DEADLINES/PORTAL', 'DEADLINES/SMS']);
  });

  it('refuses unsupported languages and channels the client cannot be reached on', () => {
    expect(applyPreferences(null, { language: 'de' }, everywhere)).toMatchObject({ kind: 'language' });
    expect(applyPreferences(null, { preferredChannel: 'E_ADDRESS' }, portalOnly)).toMatchObject({ kind: 'channel', channel: 'E_ADDRESS' });
    expect(applyPreferences(null, { notifications: [{ topic: 'DEADLINES', channel: 'EMAIL', enabled: true }] }, portalOnly)).toMatchObject({ kind: 'channel', channel: 'EMAIL' });
    // Turning an unreachable channel off is always allowed.
    expect(applyPreferences(null, { notifications: [{ topic: 'DEADLINES', channel: 'SMS', enabled: false }] }, portalOnly)).toMatchObject({ language: 'lv' });
  });

  it('a channel that became unreachable reads as off, and the preferred channel falls back to the portal', () => {
    const withSms = stored(applyPreferences(null, { preferredChannel: 'SMS', notifications: [{ topic: 'DEADLINES', channel: 'SMS', enabled: true }] }, everywhere));
    const view = preferencesView(withSms, { ...everywhere, phone: false });
    expect(view.preferredChannel).toBe('PORTAL');
    expect(enabled(view)).toEqual(['CASE_STATUS_CHANGES/PORTAL', 'DEADLINES/PORTAL']);
  });
});
