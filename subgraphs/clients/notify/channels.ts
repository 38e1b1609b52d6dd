/**
 * Where notifications go out: one sender per channel, behind one contract (docs/notifications.md). E-mail goes
 * through SMTP (nodemailer) when SMTP_URL is set; the official e-address and SMS through adapters, of which this
 * release has the development one, which records what it would send (and e-mail uses it too without SMTP).
 */
import nodemailer from 'nodemailer';
import type { Logger } from '@public-service-graph/subgraph-kit/logger';
import type { Channel } from '../domain/preferences.ts';
import type { Language } from './templates.ts';

/** One message to one address; `to` is only what the channel needs (an e-mail address, a phone number, a personal code for the e-address). */
export interface OutgoingMessage {
  /** The notification's id: the same on a retry, for the channel to drop a repeat. */
  id: string;
  to: string;
  language: Language;
  title: string;
  body: string;
}

/** The adapter contract: resolves once the channel has accepted the message; rejects when it refused it. */
export interface ChannelSender {
  send(message: OutgoingMessage): Promise<void>;
}

export type PushChannel = Exclude<Channel, 'PORTAL'>;

/** What the development adapters recorded, newest last, per channel (this process only; tests read it). */
export const recordedMessages: Record<PushChannel, OutgoingMessage[]> = { EMAIL: [], SMS: [], E_ADDRESS: [] };

/** Records the message (and logs that it would send it) instead of sending. */
export function developmentSender(channel: PushChannel, log: Logger): ChannelSender {
  return {
    async send(message) {
      recordedMessages[channel].push(message);
      if (recordedMessages[channel].length > 1000) recordedMessages[channel].shift();
      log.info({ channel, notification: message.id }, 'development adapter: notification recorded, not sent');
    },
  };
}

/** E-mail over SMTP: plain text, in the person's language, from NOTIFY_FROM. */
export function smtpSender(url: string, from: string): ChannelSender {
  const transport = nodemailer.createTransport(url);
  return {
    async send(message) {
      await transport.sendMail({
        from,
        to: message.to,
        subject: message.title,
        text: message.body,
        headers: { 'Content-Language': message.language, 'X-PSG-Notification-Id': message.id },
        messageId: `<${message.id}@notifications.psg>`,
      });
    },
  };
}

/** The settings the notifier reads (docs/notifications.md), by name from the process's settings. */
export interface NotifySettings {
  SMTP_URL?: string;
  NOTIFY_FROM: string;
  NOTIFY_QUIET_HOURS: string;
}

export function channelSenders(config: NotifySettings, log: Logger): Record<PushChannel, ChannelSender> {
  return {
    EMAIL: config.SMTP_URL ? smtpSender(config.SMTP_URL, config.NOTIFY_FROM) : developmentSender('EMAIL', log),
    SMS: developmentSender('SMS', log),
    E_ADDRESS: developmentSender('E_ADDRESS', log),
  };
}
