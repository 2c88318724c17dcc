/* The search page: starts Pagefind's Default UI (pagefind-ui.js, loaded
 * before this file) and runs the search in ?q=, so the plain search form in
 * every page's header works as a link to the results. The UI takes its
 * language from <html lang>, and finds its index next to pagefind-ui.js. */
(function () {
  "use strict";

  var results = document.getElementById("sokresultat");
  var fallback = document.getElementById("sok-utan-javascript");
  // Browsers do not let a page opened from a file share fetch the index:
  // the page then keeps its links to the indexes instead.
  if (!results || typeof window.PagefindUI !== "function" || window.location.protocol === "file:") {
    return;
  }

  var ui = new window.PagefindUI({
    element: "#sokresultat",
    showImages: false,
    showSubResults: true
  });
  results.hidden = false;
  fallback.hidden = true;

  var query = new URLSearchParams(window.location.search).get("q");
  if (query && query.trim()) {
    ui.triggerSearch(query.trim());
  }
})();
