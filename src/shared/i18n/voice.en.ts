import type { voiceNl } from './voice.nl';

/** English messages of the resident-voice pages: the same keys as voice.nl.ts. */
export const voiceEn: Record<keyof typeof voiceNl, string> = {
  'voice.title': 'Residents’ voice',
};
