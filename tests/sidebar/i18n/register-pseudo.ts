import { registerCatalogue } from '../../../src/shared/messages';
import { PSEUDO_LOCALE, pseudoMessages } from './pseudo-locale';

registerCatalogue(PSEUDO_LOCALE, pseudoMessages(), '⟦English⟧');
