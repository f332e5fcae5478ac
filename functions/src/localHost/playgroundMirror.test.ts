import { describe, expect, it } from 'vitest';
import type { ChatDelivery, StoredChatMessage } from '../notify/chatMessage.js';
import { NoConversationError } from '../bot/teamsBot.js';
import { playgroundMirror } from './playgroundMirror.js';

const message = { id: 'm1', tenantId: 't', recipientUserId: 'u', title: 'Anna Lindqvist rapporterade', text: 'Hantera friskvårdsbidrag' } as StoredChatMessage;

describe('the local chat mirrored to the Agents Playground', () => {
  it('passes the message to the bot when one is there', async () => {
    const seen: StoredChatMessage[] = [];
    const bot: ChatDelivery = { deliver: async (m) => void seen.push(m) };
    await playgroundMirror(
      () => bot,
      () => undefined,
    ).deliver(message);
    expect(seen).toEqual([message]);
  });

  it('counts as delivered when nobody opened the Playground, without a log line', async () => {
    const lines: string[] = [];
    const bot: ChatDelivery = {
      deliver: async () => {
        throw new NoConversationError();
      },
    };
    await expect(
      playgroundMirror(
        () => bot,
        (l) => lines.push(l),
      ).deliver(message),
    ).resolves.toBeUndefined();
    expect(lines).toEqual([]);
  });

  it('counts as delivered when the Playground has gone, and logs only the error name (no recipient, no text)', async () => {
    const lines: string[] = [];
    const bot: ChatDelivery = {
      deliver: async () => {
        throw Object.assign(new Error(`connect ECONNREFUSED for ${message.recipientUserId}: ${message.text}`), { name: 'FetchError' });
      },
    };
    await expect(
      playgroundMirror(
        () => bot,
        (l) => lines.push(l),
      ).deliver(message),
    ).resolves.toBeUndefined();
    expect(lines).toEqual(['FetchError']);
    expect(lines.join()).not.toContain(message.text);
  });

  it('does nothing before the bot exists', async () => {
    await expect(
      playgroundMirror(
        () => undefined,
        () => undefined,
      ).deliver(message),
    ).resolves.toBeUndefined();
  });
});
