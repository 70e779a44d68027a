/** The sidebar bundle with the pseudo-locale registered before main.ts boots (imports run in order). */
import './register-pseudo';
import '../../../src/sidebar/main';
