/**
 * The compile-time check that the server answers the sidebar as src/shared/protocol.ts promises.
 * Nothing here reaches Code.js (types only): `tsc --noEmit` fails, naming the endpoint, when an
 * endpoint the sidebar calls is missing, takes other parameters or returns something else
 * (e.g. `SetUpResult | undefined` where the protocol promises a `SetUpResult`).
 */
import type { ServerApi } from '../shared/protocol';
import type * as addon from './addon';
import type * as overrides from './overrides-api';
import type * as surveyEntry from './survey-entry';

/** Apps Script's whole surface, as src/server/index.ts re-exports it. */
type Surface = typeof addon & typeof surveyEntry & typeof overrides;

/** Accepts only a surface that implements every endpoint of the protocol. */
type Implements<Endpoints extends ServerApi> = Endpoints;

/** The server functions google.script.run reaches, checked against the protocol. */
export type ServerEndpoints = Implements<Pick<Surface, keyof ServerApi>>;
