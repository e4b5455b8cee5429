/** A build report as a build of 60,000 decisions plus 100 would write it, for tests of what reads one. */
import { DECISION_ROUTE } from '../../scripts/integrations/build-report';
import type { BuildFacts, BuildReport } from '../../scripts/lib/build-report';

export const FACTS: BuildFacts = {
  pruned: { files: 36 },
  decisionJson: { decisions: 5, linked: 5, removed: 0 },
  searchIndex: {
    decisions: 5,
    indexed: 1,
    reused: 2,
    shards: [
      { id: '2021', decisions: 1, reused: false, seconds: 0.8 },
      { id: '2020', decisions: 3, reused: true, seconds: 0.01 },
      { id: '2019', decisions: 1, reused: true, seconds: 0.01 },
    ],
  },
  firstPage: { stems: 1_204, files: 1, bytes: 1_310_233 },
  serviceWorker: { precache: { files: 57, bytes: 683_425 }, wholeArchive: true, index: { files: 18, bytes: 223_478 }, decisionPages: { files: 5, bytes: 242_708 } },
};

export const REPORT: BuildReport = {
  version: 1,
  startedAt: '2026-11-29T07:37:08.350Z',
  seconds: 9.5,
  phases: [
    { name: 'setup', start: 0.03, end: 0.65 },
    { name: 'bundling', start: 0.65, end: 1.63 },
    { name: 'pages', start: 1.63, end: 4.13 },
    { name: 'prune', start: 4.14, end: 4.2 },
    { name: 'decision JSON', start: 4.3, end: 4.36 },
    { name: 'search index', start: 4.36, end: 7.2 },
    { name: 'service worker', start: 7.2, end: 9.5 },
  ],
  pages: {
    rendered: 1234,
    kept: 59_224,
    decisions: { rendered: 876, kept: 59_224 },
    routes: [{ route: DECISION_ROUTE, rendered: 876, kept: 59_224, renderSeconds: 2.6, slowestRenderMs: 41 }],
  },
  ...FACTS,
};
