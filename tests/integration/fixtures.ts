/** A small account table and Health Model whose scores are worked out by hand in the tests. */
export const HEADERS = [['Account', 'CSM sentiment', 'NPS', 'Logins', 'Tickets']];

export const ACCOUNTS = [
  ['Acme', 'green', 50, 80, 2],
  ['Beta', 'red', '', '45%', 12],
  ['Gamma', '', '', '', ''],
  ['', '', ' ', '', ''],
];

export const MODEL = [
  ['Metric', 'Weight', 'Red', 'Green', 'Group', 'Values', 'Missing', 'Notes'],
  ['NPS', 30, -100, 100, 'Sentiment', '', '', 'survey'],
  ['Logins', 40, 0, 100, 'Adoption', '', '', ''],
  ['Tickets', 20, 10, 0, 'Support', '', 50, 'lower is better'],
  ['CSM sentiment', 10, '', '', 'Sentiment', '', '', ''],
  ['', '', '', '', '', '', '', ''],
];

/** MODEL with one cell replaced: row and column as in the sheet (header = row 1). */
export function modelWith(row: number, column: string, value: unknown): unknown[][] {
  const copy = MODEL.map((cells) => [...cells]) as unknown[][];
  copy[row - 1][MODEL[0].indexOf(column)] = value;
  return copy;
}
