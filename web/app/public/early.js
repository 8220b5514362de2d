// Runs before the app's modules download: starts fetching the overview that a link without nodes or a
// path opens on, so the request overlaps the script downloads. Taken by web/app/state/boot.ts.
(() => {
  const EARLY_OVERVIEW_SIZE = 40; // = OVERVIEW_SIZE in web/app/state/view.ts (tests/unit/app-view.test.ts)
  const params = new URLSearchParams(window.location.search);
  if (params.get('n') || (params.get('from') && params.get('to'))) return;
  const request = fetch(`/api/overview?limit=${EARLY_OVERVIEW_SIZE}`).then((r) =>
    r.ok ? r.json() : Promise.reject(new Error(`overview answered ${r.status}`)),
  );
  request.catch(() => undefined);
  window.__earlyOverview = request;
})();
