/**
 * The English of the starter model's Notes: part of the server catalogue (server-en.ts spreads
 * it) and core/starter.ts's default words, one source for both. The sidebar suggests starter
 * models too and carries these six lines, never the whole server catalogue.
 */
export const STARTER_NOTES_EN = {
  starterNoteRamp: 'Red/Green from P10/P90 of the data.',
  starterNoteLowerIsBetter: 'Lower is better. Red/Green from P90/P10 of the data.',
  starterNoteBuiltInWords: 'Built-in words.',
  starterNoteCheckValues: 'Check the Values: suggested from what the labels mean.',
  starterNoteScoreLabels: 'Score these labels in Values, then give the metric a weight: {labels}.',
  starterNoteOff: 'Off: the size of a bill is not health by itself. {note}',
} as const;

/** Keys of the server catalogue a starter metric's Notes are written from. */
export type StarterNoteKey = keyof typeof STARTER_NOTES_EN;
