/**
 * What Apps Script may call in the built add-on, typed: the exports of src/server/index.ts. The
 * emulator's loadAddon returns the script's globals untyped; the playground and the add-on tests
 * cast them to this, so an endpoint whose parameters or result drift breaks their compile too.
 */
export type AddonSurface = typeof import('../src/server/index');
