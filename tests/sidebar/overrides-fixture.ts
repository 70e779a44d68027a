/** The overrides endpoints over an in-memory Overrides table, for the sidebar tests. */
import type { OverrideEntry, OverridesState, ServerApi } from '../../src/shared/protocol';

type OverridesApi = Pick<ServerApi, 'listOverrides' | 'addOverride' | 'endOverride'>;

export const OVERRIDES_TODAY = '2026-01-15';
/** The team's band labels and the overrides' reasons and names: sheet text, shown as it is. */
export const OVERRIDES_SHEET_TEXT = [
  'Healthy',
  'At risk',
  'Unhealthy',
  'Champion left',
  '<b>Merger</b> pending',
  'Ana',
];

const dayBefore = (day: string) =>
  new Date(Date.parse(`${day}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10);

export function overridesFixture(
  accounts: readonly string[],
  options: { missing?: string } = {},
): OverridesApi {
  const rows: OverrideEntry[] = [
    {
      row: 2,
      account: accounts[1],
      score: 35,
      band: null,
      reason: 'Champion left',
      by: 'Ana',
      until: '2026-02-10',
    },
    {
      row: 3,
      account: accounts[2],
      score: null,
      band: 'At risk',
      reason: '<b>Merger</b> pending',
      by: '',
      until: '2026-01-05',
    },
  ];
  const state = (): OverridesState => {
    if (options.missing) throw new Error(options.missing);
    return {
      today: OVERRIDES_TODAY,
      keyHeader: 'Account',
      active: rows.filter((row) => row.until >= OVERRIDES_TODAY),
      ended: rows.filter((row) => row.until < OVERRIDES_TODAY).reverse(),
      accounts: [...accounts],
      bands: ['Healthy', 'At risk', 'Unhealthy'],
    };
  };
  return {
    listOverrides: state,
    addOverride: (request) => {
      if (rows.some((row) => row.account === request.account && row.until >= OVERRIDES_TODAY)) {
        throw new Error(`"${request.account}" already has an override: end it first.`);
      }
      rows.push({ ...request, row: rows.length + 2 });
      return state();
    },
    endOverride: ({ row }) => {
      const entry = rows.find((each) => each.row === row);
      if (entry === undefined) throw new Error(`Row ${row} of the Overrides sheet changed.`);
      entry.until = dayBefore(OVERRIDES_TODAY);
      return state();
    },
  };
}
