import {
  CONTACT_MOMENT_CHANNEL_LABELS,
  CONTACT_MOMENT_CHANNELS,
  CONTACT_MOMENT_KIND_LABELS,
  CONTACT_MOMENT_KINDS,
  type ContactMomentChannel,
  type ContactMomentKind,
} from '@meedoen/core';

/** The kinds and ways of a contact moment as i18n entries, from core's code list: one source for both sides. */
export function contactMomentLabels(
  language: 'nl' | 'en',
): Record<`contactKind.${ContactMomentKind}` | `contactChannel.${ContactMomentChannel}`, string> {
  return Object.fromEntries([
    ...CONTACT_MOMENT_KINDS.map((kind) => [`contactKind.${kind}`, CONTACT_MOMENT_KIND_LABELS[kind][language]]),
    ...CONTACT_MOMENT_CHANNELS.map((channel) => [`contactChannel.${channel}`, CONTACT_MOMENT_CHANNEL_LABELS[channel][language]]),
  ]) as Record<`contactKind.${ContactMomentKind}` | `contactChannel.${ContactMomentChannel}`, string>;
}
