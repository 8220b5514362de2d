// `npm run bench`: every benchmark in turn, each printing its own figures and targets.
const suites: [string, () => Promise<{ run: () => Promise<unknown> }>][] = [
  ['importer', () => import('./importer')],
  ['kg import, whole process', () => import('./import-process')],
  ['pdf extraction', () => import('./pdf')],
  ['embedded store', () => import('./store')],
  ['analyst views, embedded store', () => import('./views')],
  ['api under load', () => import('./api')],
  ['neo4j store', () => import('./neo4j')],
  ['explorer in headless Chromium', () => import('./web')],
];

const only = process.argv.slice(2);
for (const [name, load] of suites) {
  if (only.length > 0 && !only.some((o) => name.startsWith(o))) continue;
  console.log(`\n=== ${name} ===`);
  await (await load()).run();
}

export {};
