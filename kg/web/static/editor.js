/*
 * The home page's query editor: YASGUI (vendored in ./yasgui, see NOTICE.md there) in place of
 * the plain query form, pointed at this service's SPARQL endpoint.
 *
 * The page works without this script: the form submits to /sparql?format=html and every
 * example query is a link to its HTML results. With it, the form gives way to YASGUI and an
 * example opens in an editor tab of its own and runs at once.
 *
 * Offline by design: YASGUI's prefix completer would fetch prefix.cc and its class and property
 * completers ask LOV; the first reads our own /prefixes.json instead and the others are off.
 * The page's Content-Security-Policy (connect-src 'self') would block them anyway.
 * Settings come from the JSON in #kg-editor-config, written by kg/web/pages.py; no inline script.
 */
(function () {
  "use strict";

  var configElement = document.getElementById("kg-editor-config");
  var mount = document.getElementById("kg-editor");
  var form = document.getElementById("query-form");
  if (!configElement || !mount || typeof window.Yasgui !== "function") {
    return; // the plain form stays
  }
  var config = JSON.parse(configElement.textContent);
  var endpoint = new URL(config.endpoint, window.location.href).href;
  var prefixesUrl = new URL(config.prefixesUrl, window.location.href).href;

  // Completers that need no other host. The lists are edited in place: Yasgui deep-merges its
  // configuration with lodash, which would merge a list given here index by index.
  var offline = ["prefixes", "variables"];
  [window.Yasgui.Yasqe.defaults, window.Yasgui.defaults.yasqe].forEach(function (defaults) {
    var names = defaults.autocompleters;
    var kept = names.filter(function (name) { return offline.indexOf(name) >= 0; });
    names.splice.apply(names, [0, names.length].concat(kept));
  });

  mount.hidden = false;
  var yasgui = new window.Yasgui(mount, {
    requestConfig: { endpoint: endpoint, method: "POST" },
    endpointCatalogueOptions: {
      getData: function () { return [{ endpoint: endpoint }]; },
    },
    copyEndpointOnNewTab: false,
    yasqe: { value: config.query, prefixCcApi: prefixesUrl },
    yasr: { prefixes: config.prefixes },
  });
  if (form) {
    form.hidden = true;
  }
  window.kgEditor = yasgui; // for people poking at the page, and for the browser test

  function openExample(link) {
    var tab = yasgui.addTab(
      true,
      { name: link.dataset.title, yasqe: { value: link.dataset.query },
        requestConfig: { endpoint: endpoint } },
      { avoidDuplicateTabs: true }
    );
    mount.scrollIntoView({ block: "start" });
    tab.query().catch(function () {
      // YASGUI shows the error in its results pane
    });
  }

  Array.prototype.forEach.call(document.querySelectorAll("a.example[data-query]"),
    function (link) {
      link.addEventListener("click", function (event) {
        if (event.button !== 0 || event.ctrlKey || event.metaKey || event.shiftKey) {
          return; // new tab or window: follow the link to the HTML results
        }
        event.preventDefault();
        openExample(link);
      });
    });
})();
