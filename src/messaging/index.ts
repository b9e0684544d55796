import { defineExtensionMessaging } from '@webext-core/messaging';
import type { ProtocolMap } from './protocol';

export type * from './protocol';

/**
 * Typed send/listen for every context. Creating the messenger touches no browser API
 * (only sending and listening do), so importing this module at build time is safe.
 */
export const { sendMessage, onMessage } = defineExtensionMessaging<ProtocolMap>();
