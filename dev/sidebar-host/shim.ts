/**
 * A stand-in for Apps Script's `google.script.run` outside Google (tests, a localhost
 * playground): each endpoint call becomes `POST {endpoint}/{name}` with the arguments as a JSON
 * array, answered by `{ ok: true, value }` or `{ ok: false, error }`. Inject the script before
 * the sidebar's own (see `injectShim`); the sidebar looks `google.script.run` up at call time.
 * Arguments are checked on the page with the emulator's checkScriptRunValue (an illegal one, e.g.
 * a Date, throws at the call as in Apps Script); the server checks return values with it too.
 */
import { checkScriptRunValue } from '../emulator/script-run';

/** The shim as classic-script source, for a <script> element or `page.addInitScript`. */
export function rpcShimScript(endpoint = '/rpc'): string {
  return `(function () {
  var endpoint = ${JSON.stringify(endpoint)};
  var __name = function (target) { return target; }; // esbuild's keepNames helper, if the source uses it
  var check = (${checkScriptRunValue.toString()});
  function runner(success, failure) {
    return new Proxy({}, {
      get: function (_, name) {
        if (name === 'withSuccessHandler') return function (fn) { return runner(fn, failure); };
        if (name === 'withFailureHandler') return function (fn) { return runner(success, fn); };
        if (name === 'withUserObject') return function () { return runner(success, failure); };
        if (typeof name !== 'string' || name === 'then') return undefined;
        return function () {
          var args = Array.prototype.slice.call(arguments).map(function (arg, i) {
            var copy = check(arg, 'arguments[' + i + ']');
            return copy === undefined ? null : copy;
          });
          fetch(endpoint + '/' + encodeURIComponent(name), {
            method: 'POST',
            headers: { 'content-type': 'application/json' },
            body: JSON.stringify(args)
          })
            .then(function (response) { return response.json(); })
            .then(function (body) {
              if (body.ok) { if (success) success(body.value); }
              else if (failure) failure(new Error(body.error));
            }, function (error) { if (failure) failure(error); });
        };
      }
    });
  }
  var g = (window.google = window.google || {});
  g.script = g.script || {};
  g.script.run = runner(null, null);
  g.script.host = g.script.host || {
    close: function () {}, setHeight: function () {}, setWidth: function () {},
    editor: { focus: function () {} }
  };
})();`;
}

/** Puts a classic script at the top of <head>, so it runs before the sidebar's inline bundle. */
export function injectShim(html: string, script: string): string {
  const tag = `<script>${script.replace(/<\/(script)/gi, '<\\/$1')}</script>`;
  const head = /<head[^>]*>/i.exec(html);
  if (head === null) return tag + html;
  const at = head.index + head[0].length;
  return html.slice(0, at) + tag + html.slice(at);
}
