// Projects: `unit` (library tests, Node), `cells` (every page's cells, happy-dom), `browser` (built site in
// Chromium), all three in `npm test`; and `audit` (`npm run test:audit`, slower: axe on every page in both
// schemes, every input driven to its extremes and hostile values, the longest task after each change).
import {defineConfig} from "vitest/config";

/** The slow browser audits, run by `npm run test:audit` (and CI), not by `npm test`. */
const audits = [
  "test/browser/a11y.test.ts",
  "test/browser/inputs.test.ts",
  "test/browser/responsive.test.ts"
];

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: "unit",
          include: ["test/**/*.test.ts"],
          exclude: [
            "test/cells.test.ts",
            "test/browser/**",
            "test/faults/pages.test.ts",
            "node_modules/**"
          ],
          setupFiles: ["test/setup.ts"],
          environment: "node"
        }
      },
      {
        test: {
          name: "cells",
          include: ["test/cells.test.ts"],
          environment: "happy-dom",
          testTimeout: 120_000
        }
      },
      {
        test: {
          name: "browser",
          include: ["test/browser/**/*.test.ts"],
          exclude: audits,
          globalSetup: ["test/browser/global-setup.ts"],
          environment: "node",
          testTimeout: 300_000,
          hookTimeout: 600_000
        }
      },
      {
        test: {
          name: "audit",
          include: audits,
          globalSetup: ["test/browser/global-setup.ts"],
          environment: "node",
          testTimeout: 300_000,
          hookTimeout: 600_000
        }
      }
    ]
  }
});
