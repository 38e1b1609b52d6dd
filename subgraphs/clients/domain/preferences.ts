import type { PreferencesRow } from '../db/tables.ts';

export const LANGUAGES = ['lv', 'en', 'ru'] as const;
export const TOPICS = ['CASE_STATUS_CHANGES', 'DEADLINES', 'PROACTIVE_OFFERS', 'CONSENTS_AND_REPRESENTATIONS'] as const;
export const CHANNELS = ['PORTAL', 'E_ADDRESS', 'EMAIL', 'SMS'] as const;
export type Topic = (typeof TOPICS)[number];
export type Channel = (typeof CHANNELS)[number];

/**
 * Channels per topic for a client who changed nothing: status changes and deadlines to the portal inbox; offers, and
 * news of the client's own consents and representations, off (the portal shows them where they are given).
 */
export const DEFAULT_NOTIFICATIONS: Record<Topic, Channel[]> = { CASE_STATUS_CHANGES: ['PORTAL'], DEADLINES: ['PORTAL'], PROACTIVE_OFFERS: [], CONSENTS_AND_REPRESENTATIONS: [] };
export const DEFAULT_PREFERENCES = { language: 'lv', preferredChannel: 'PORTAL' as Channel, notifications: {} as Record<string, string[]> };

/** What the client can be reached on now. */
export interface Reachability { eAddress: boolean; email: boolean; phone: boolean }

export const channelAvailable = (channel: Channel, r: Reachability): boolean =>
  channel === 'PORTAL' || (channel === 'E_ADDRESS' && r.eAddress) || (channel === 'EMAIL' && r.email) || (channel === 'SMS' && r.phone);

export interface PreferencesView {
  language: string;
  preferredChannel: Channel;
  notifications: { topic: Topic; channel: Channel; enabled: boolean }[];
}

type Stored = Pick<PreferencesRow, 'language' | 'preferredChannel' | 'notifications'>;

/** The full topic × channel matrix. A channel that became unreachable (its last contact removed) reads as off. */
export function preferencesView(stored: Stored | null, r: Reachability): PreferencesView {
  const s = stored ?? DEFAULT_PREFERENCES;
  const on = (topic: Topic) => (s.notifications[topic] as Channel[] | undefined) ?? DEFAULT_NOTIFICATIONS[topic];
  const preferred = s.preferredChannel as Channel;
  return {
    language: s.language,
    preferredChannel: channelAvailable(preferred, r) ? preferred : 'PORTAL',
    notifications: TOPICS.flatMap((topic) => CHANNELS.map((channel) => ({ topic, channel, enabled: on(topic).includes(channel) && channelAvailable(channel, r) }))),
  };
}

export type PreferencesProblem =
  | { kind: 'language'; message: string }
  | { kind: 'channel'; channel: Channel; message: string };

/** Applies a change to the stored preferences; fields and pairs left out stay as they are. */
export function applyPreferences(
  stored: Stored | null,
  change: { language?: string | null; preferredChannel?: Channel | null; notifications?: readonly { topic: Topic; channel: Channel; enabled: boolean }[] | null },
  r: Reachability,
): Stored | PreferencesProblem {
  const s = stored ?? DEFAULT_PREFERENCES;
  let language = s.language;
  if (change.language != null) {
    language = change.language.trim().toLowerCase();
    if (!(LANGUAGES as readonly string[]).includes(language))
      return { kind: 'language', message: `"${change.language}" is not a supported language; choose one of ${LANGUAGES.join(', ')}.` };
  }
  const unavailable = (channel: Channel): PreferencesProblem => ({
    kind: 'channel',
    channel,
    message: {
      PORTAL: '',
      E_ADDRESS: 'The official e-address is not activated: activate it on latvija.lv first.',
      EMAIL: 'There is no e-mail address on the profile: add one first (addContact).',
      SMS: 'There is no phone number on the profile: add one first (addContact).',
    }[channel],
  });
  const preferredChannel = change.preferredChannel ?? (s.preferredChannel as Channel);
  if (change.preferredChannel && !channelAvailable(change.preferredChannel, r)) return unavailable(change.preferredChannel);
  const notifications: Record<string, string[]> = { ...s.notifications };
  for (const { topic, channel, enabled } of change.notifications ?? []) {
    if (enabled && !channelAvailable(channel, r)) return unavailable(channel);
    const current = new Set(notifications[topic] ?? DEFAULT_NOTIFICATIONS[topic]);
    if (enabled) current.add(channel);
    else current.delete(channel);
    notifications[topic] = CHANNELS.filter((c) => current.has(c));
  }
  return { language, preferredChannel, notifications };
}
