// Runs real searches with Pagefind's own search code (pagefind.js and its
// WebAssembly) on a built bundle, as a reader's browser does, but reading
// the files from disk. Used by tests/test_search.py.
//
//   node pagefind_search.mjs <bundle folder> '<JSON list of {"term", "filters"}>'
//
// Prints {"filters": <every filter and its counts>, "results": [[{url,
// title, meta, filters, content}] per query]}.
import { readFile } from "node:fs/promises";
import { fileURLToPath, pathToFileURL } from "node:url";

const [bundle, queries] = process.argv.slice(2);
globalThis.fetch = async (url) => new Response(await readFile(fileURLToPath(new URL(url))));

const pagefind = await import(pathToFileURL(`${bundle}/pagefind.js`).href);
// Result URLs relative to the site's root, as the index stores them.
await pagefind.options({ baseUrl: "/" });
const results = [];
for (const { term, filters = {} } of JSON.parse(queries)) {
  const search = await pagefind.search(term, { filters });
  const hits = [];
  for (const result of search.results) {
    const { url, meta, filters, content } = await result.data();
    hits.push({ url, title: meta.title, meta, filters, content });
  }
  results.push(hits);
}
console.log(JSON.stringify({ filters: await pagefind.filters(), results }));
