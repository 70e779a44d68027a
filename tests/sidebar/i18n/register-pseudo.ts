import { registerCatalogue } from '../../../src/shared/messages';
import { registerErrorCatalogue } from '../../../src/sidebar/core-errors';
import { PSEUDO_LOCALE, pseudoErrorMessages, pseudoMessages } from './pseudo-locale';

registerCatalogue(PSEUDO_LOCALE, pseudoMessages(), '⟦English⟧');
registerErrorCatalogue(PSEUDO_LOCALE, pseudoErrorMessages());
