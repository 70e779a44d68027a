/**
 * The Model tab's field and model messages come from core's checks (draft.ts runs the server's
 * own): they show in the panel's language (core-errors.ts), and Sidebar.html carries every key
 * those checks can raise, and only those (error-catalogues-plugin.mjs).
 */
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { getMessages, type Messages } from '../../src/shared/messages';
import { type ErrorKey, type ErrorMessages, errorsEn } from '../../src/shared/messages/errors-en';
import type { ErrorParam, ErrorText } from '../../src/shared/messages/errors-render';
import { ERROR_SOURCES } from '../../src/shared/messages/errors-sources';
import { errorIn, registerErrorCatalogue } from '../../src/sidebar/core-errors';
import { checkDraft, type Draft, draftFrom } from '../../src/sidebar/draft';
import {
  sidebarEnglishKeys,
  sidebarEnglishModule,
  sidebarErrorKeys,
  sidebarErrorModule,
} from '../../src/sidebar/error-catalogues-plugin.mjs';
import { FIXED_BANDS, sampleModel } from '../sidebar/fixture';
import {
  outsideBrackets,
  PSEUDO_LOCALE,
  pseudoErrorMessages,
  pseudoMessages,
} from '../sidebar/i18n/pseudo-locale';

/** Every core message the draft renders, recorded on its way to the panel. */
const rendered = vi.hoisted(() => [] as ErrorText[]);
vi.mock('../../src/sidebar/core-errors', async (importOriginal) => {
  const original = await importOriginal<typeof import('../../src/sidebar/core-errors')>();
  const { LocalizedError } = await import('../../src/shared/messages/errors-render');
  return {
    ...original,
    coreErrorText: (text: ErrorText, locale: string) => {
      rendered.push(text);
      return original.coreErrorText(text, locale);
    },
    errorIn: (error: unknown, locale: string) => {
      if (error instanceof LocalizedError) rendered.push(error.text);
      return original.errorIn(error, locale);
    },
  };
});

/** A draft of the sample model with `change` made to it. */
function draftWith(change: (draft: Draft) => void, locale = 'en'): Draft {
  const draft = draftFrom(sampleModel(), FIXED_BANDS, locale);
  change(draft);
  return draft;
}

/** Each mistake a user can make in the Model tab that core's checks catch. */
const MISTAKES: Record<string, (draft: Draft) => void> = {
  'Red not a threshold': (draft) => {
    draft.metrics[1].redText = 'soon';
  },
  'Green a percentile above P100': (draft) => {
    draft.metrics[1].greenText = 'P120';
  },
  'Red too large': (draft) => {
    draft.metrics[2].redText = '10000000000000000';
  },
  'Values without a score': (draft) => {
    draft.metrics[2].valuesText = 'Stable';
  },
  'Values score above 100': (draft) => {
    draft.metrics[2].valuesText = 'Stable=160';
  },
  'Values label twice': (draft) => {
    draft.metrics[2].valuesText = 'Stable=60; stable=70';
  },
  'Red without Green': (draft) => {
    draft.metrics[1].greenText = '';
  },
  'Red equal to Green': (draft) => {
    draft.metrics[1].redText = draft.metrics[1].greenText;
  },
  'a metric twice': (draft) => {
    draft.metrics[1].metric = draft.metrics[0].metric;
  },
  'every weight 0': (draft) => {
    for (const metric of draft.metrics) metric.weightText = '0';
  },
  'a segment without =': (draft) => {
    draft.metrics[0].segment = 'Enterprise';
  },
  'segments on two columns': (draft) => {
    draft.metrics[0].segment = 'Tier = A';
    draft.metrics[1].segment = 'Plan = B';
  },
  'a segment value twice': (draft) => {
    draft.metrics[0].segment = 'Tier = A';
    draft.metrics[1].segment = 'Tier = A, B';
  },
  'a segment whose weights are all 0': (draft) => {
    draft.metrics[0].segment = 'Tier = A';
    draft.metrics[0].weightText = '0';
  },
};

/** Every message the Model tab shows for a draft. */
function messagesOf(draft: Draft, messages: Messages, locale: string): string[] {
  const check = checkDraft(draft, messages, locale);
  return [
    ...[...check.metricErrors.values()].flatMap((errors) => Object.values(errors)),
    ...Object.values(check.bandErrors),
    ...(check.modelError === null ? [] : [check.modelError]),
  ];
}

/** The keys a message renders with, nested ones and the list separator included. */
function keysOf(text: ErrorText, into: Set<ErrorKey>): void {
  into.add(text.key);
  const visit = (value: ErrorParam): void => {
    if (Array.isArray(value)) {
      into.add('listJoin');
      value.forEach(visit);
    } else if (typeof value === 'object') keysOf(value as ErrorText, into);
  };
  Object.values(text.params).forEach(visit);
}

/** A module from its JavaScript source. */
const importSource = (source: string) =>
  import(`data:text/javascript;base64,${Buffer.from(source).toString('base64')}`);

describe('the Model tab’s messages from core’s checks', () => {
  beforeAll(() => registerErrorCatalogue(PSEUDO_LOCALE, pseudoErrorMessages()));

  it('pseudo-locale: every one comes from a catalogue, none is English outside it', () => {
    const pseudo = pseudoMessages();
    for (const [mistake, change] of Object.entries(MISTAKES)) {
      const shown = messagesOf(draftWith(change, PSEUDO_LOCALE), pseudo, PSEUDO_LOCALE);
      expect(shown.length, mistake).toBeGreaterThan(0);
      for (const message of shown)
        expect(outsideBrackets(message), `${mistake}: ${message}`).not.toMatch(/\p{L}/u);
    }
  });

  it('Sidebar.html carries every key they can raise, for every language, and no other', async () => {
    rendered.length = 0;
    for (const change of Object.values(MISTAKES)) messagesOf(draftWith(change), getMessages('en'), 'en');
    const raised = new Set<ErrorKey>();
    for (const text of rendered) keysOf(text, raised);
    // The mistakes reach every check the tab runs.
    expect([...raised].sort()).toEqual(
      expect.arrayContaining([
        'cellText',
        'metricTwice',
        'percentile',
        'redGreenEqual',
        'redGreenPair',
        'segmentCell',
        'segmentColumns',
        'segmentValueTwice',
        'segmentWeightsZero',
        'threshold',
        'thresholdLarge',
        'valuesEntry',
        'valuesScore',
        'valuesTwice',
        'weightsZero',
      ]),
    );
    const shipped = (await sidebarErrorKeys()) as ErrorKey[];
    expect([...raised].filter((key) => !shipped.includes(key))).toEqual([]);
    // Far fewer than core's whole catalogue: the custom functions' own errors stay on the server.
    expect(shipped.length).toBeLessThan(Object.keys(errorsEn).length / 2);
    expect(shipped).not.toContain('asOf');

    // English, core's own rendering, has every key of the panel's code: the Model tab's and more.
    const english = (await sidebarEnglishKeys()) as ErrorKey[];
    expect(shipped.filter((key) => !english.includes(key))).toEqual([]);
    expect(english).toContain('backtestFew');
    expect(english).not.toContain('asOf');
    const englishModule = await importSource(await sidebarEnglishModule());
    expect(englishModule.errorsEn).toEqual(Object.fromEntries(english.map((key) => [key, errorsEn[key]])));

    // The module the build puts in Sidebar.html holds those keys in each language but English.
    const module = await importSource(await sidebarErrorModule());
    const catalogues = module.ERROR_CATALOGUES as Record<string, Partial<ErrorMessages>>;
    expect(Object.keys(catalogues).sort()).toEqual(['fa', 'it', 'ro', 'th']);
    for (const [language, catalogue] of Object.entries(catalogues)) {
      expect(Object.keys(catalogue), language).toEqual(shipped);
      for (const key of shipped)
        expect(catalogue[key as ErrorKey], `${language}.${key}`).toBe(
          ERROR_SOURCES[language][key as ErrorKey],
        );
    }
  });

  it('read in Italian and Persian in their own words; English as core words it', () => {
    const redSoon = (draft: Draft) => {
      draft.metrics[0].redText = 'soon';
    };
    expect(messagesOf(draftWith(redSoon), getMessages('en'), 'en')).toEqual([
      'Red "soon" is neither a number nor a percentile like P10.',
    ]);
    expect(messagesOf(draftWith(redSoon, 'it'), getMessages('it'), 'it')).toEqual([
      `${getMessages('it').red} "soon" non è né un numero né un percentile come P10.`,
    ]);
    const persian = messagesOf(draftWith(redSoon, 'fa'), getMessages('fa'), 'fa');
    expect(persian).toHaveLength(1);
    expect(persian[0]).toContain('\u2068«\u2068soon\u2069»\u2069');
    expect(persian[0]).not.toMatch(/neither|number/);
  });

  it('a model without metrics cannot be saved and says nothing in English (the tab asks for a metric)', () => {
    const check = checkDraft(
      draftWith((draft) => {
        draft.metrics.length = 0;
      }, 'it'),
      getMessages('it'),
      'it',
    );
    expect(check).toMatchObject({ valid: false, model: null, modelError: null });
  });

  it('an error that is not core’s shows as it is; a catalogue without the key falls back to English', () => {
    expect(errorIn(new Error('plain'), 'it')).toBe('plain');
    registerErrorCatalogue('it-x-partial', { threshold: '{what} {cell}?' });
    const draft = draftWith((d) => {
      d.metrics[0].redText = 'soon';
    }, 'it-x-partial');
    // cellText is missing from that catalogue: the whole message is English, never half and half.
    expect(messagesOf(draft, getMessages('en'), 'it-x-partial')).toEqual([
      'Red "soon" is neither a number nor a percentile like P10.',
    ]);
  });
});
