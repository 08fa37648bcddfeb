/** Dutch messages of the resident-voice pages (conversation rounds, stories, theme pages) (merged into nl.ts). */
export const voiceNl = {
  'voice.title': 'Stem van bewoners',
} as const;
