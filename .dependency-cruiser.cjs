/**
 * Import boundaries of server/ and web/, checked by `npm run lint:deps` (part of `npm run check`
 * and CI). The layers, top to bottom; an import may only point down:
 *
 *   composition  server/src/main.ts, server/src/backline.ts: builds and wires every part
 *   http         server/src/http: Express, the routes outside GraphQL
 *   graphql      server/src/graphql and every domain's *.resolvers.ts (kept beside its domain)
 *   domains      audit, auth, behaviour, catalog, deployments, discovery, health, incidents,
 *                notifications, oncall, postmortems, rollouts, statuspage, tickets
 *   adapters     store, kube, events, telemetry, leader, logging, config, shared
 *
 *   simulator    server/simulator: a package of its own, outside these layers
 *
 *   console      web/src: reaches the server over GraphQL, and imports only the input rules the
 *                server checks too (server/src/shared/validation.ts, ADR 0033)
 *
 * See docs/architecture.md and docs/adr/0031-import-boundaries.md.
 */
const DOMAINS =
  '(audit|auth|behaviour|catalog|costs|deployments|discovery|health|incidents|notifications|oncall|postmortems|rollouts|statuspage|tickets)';
const ADAPTERS = '(store|kube|events|telemetry|leader|logging|config|shared)';
const SRC = '^server/src/';
const TESTS = '\\.test\\.tsx?$';

module.exports = {
  forbidden: [
    {
      name: 'no-circular',
      severity: 'error',
      comment: 'No import cycles, type-only imports included: every module can be read bottom-up.',
      from: {},
      to: { circular: true },
    },
    {
      name: 'adapters-below-domains',
      severity: 'error',
      comment:
        'Adapters (store, kube, events, telemetry, …) know nothing of the domains or the API.',
      from: { path: `${SRC}${ADAPTERS}/`, pathNot: TESTS },
      to: { path: [`${SRC}${DOMAINS}/`, `${SRC}(graphql|http)/`, `${SRC}(backline|main)\\.ts$`] },
    },
    {
      name: 'domains-below-api',
      severity: 'error',
      comment:
        'A domain does not know how it is served: no import of the GraphQL layer (graphql/, *.resolvers.ts) or of http/.',
      from: { path: `${SRC}${DOMAINS}/`, pathNot: [`\\.resolvers\\.ts$`, TESTS] },
      to: {
        path: [`${SRC}(graphql|http)/`, `\\.resolvers\\.ts$`, `${SRC}(backline|main)\\.ts$`],
        pathNot: `${SRC}graphql/generated/`,
      },
    },
    {
      name: 'graphql-below-http',
      severity: 'error',
      comment: 'The GraphQL layer is served by http/, and does not reach back into it.',
      from: { path: [`${SRC}graphql/`, `\\.resolvers\\.ts$`], pathNot: TESTS },
      to: { path: [`${SRC}http/`, `${SRC}(backline|main)\\.ts$`] },
    },
    {
      name: 'http-below-composition',
      severity: 'error',
      comment: 'Only main.ts starts Backline; nothing else imports the composition root.',
      from: { path: `${SRC}http/`, pathNot: TESTS },
      to: { path: `${SRC}(backline|main)\\.ts$` },
    },
    {
      name: 'domains-through-their-index',
      severity: 'error',
      comment:
        "Another domain's files are reached through its index.ts, which is that domain's public surface.",
      // The schema alone gathers the resolvers, which no index exports.
      from: { path: `${SRC}([a-z]+)/`, pathNot: [TESTS, `${SRC}graphql/schema\\.ts$`] },
      to: {
        path: `${SRC}${DOMAINS}/.+`,
        pathNot: [
          `${SRC}$1/`,
          `${SRC}${DOMAINS}/index\\.ts$`,
          // The role model, which access checks everywhere depend on without auth's services.
          `${SRC}auth/(roles|auth\\.types|auth\\.errors)\\.ts$`,
        ],
      },
    },
    {
      name: 'simulator-stands-alone',
      severity: 'error',
      comment:
        'The simulated cluster is a package of its own (ADR 0029): it knows nothing of Backline, which reaches it only as a Kubernetes API server.',
      from: { path: '^server/simulator/' },
      to: { path: '^server/src/' },
    },
    {
      name: 'product-reaches-simulator-only-as-a-cluster',
      severity: 'error',
      comment:
        'Backline talks to the simulated cluster through the cluster port and a kubeconfig; only the embedded mode loads it, dynamically.',
      from: { path: SRC, pathNot: [TESTS, `${SRC}kube/cluster\\.ts$`] },
      to: { path: ['^server/simulator/', '@backline/simulator'] },
    },
    {
      name: 'console-apart-from-server',
      severity: 'error',
      comment:
        'The console talks to the server over GraphQL only; it imports none of its code but the input rules both check (ADR 0033).',
      from: { path: '^web/' },
      to: { path: '^server/', pathNot: '^server/src/shared/validation\\.ts$' },
    },
    {
      name: 'shared-validation-stands-alone',
      severity: 'error',
      comment:
        'The input rules run in the browser too (ADR 0033): they import zod and nothing else, no Node module and no server code.',
      from: { path: '^server/src/shared/validation\\.ts$' },
      to: { pathNot: 'node_modules/zod/' },
    },
  ],
  options: {
    tsPreCompilationDeps: true,
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '(^|/)generated/' },
    tsConfig: { fileName: 'tsconfig.json' },
  },
};
