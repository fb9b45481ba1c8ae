// Three projects: `unit` (library tests, Node), `cells` (every page's cells, happy-dom), `browser` (built site in Chromium).
import {defineConfig} from "vitest/config";

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: "unit",
          include: ["test/**/*.test.ts"],
          exclude: ["test/cells.test.ts", "test/browser/**", "test/faults/pages.test.ts", "node_modules/**"],
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
          globalSetup: ["test/browser/global-setup.ts"],
          environment: "node",
          testTimeout: 300_000,
          hookTimeout: 600_000
        }
      }
    ]
  }
});
