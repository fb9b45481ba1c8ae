// One build of the site for every browser test file: a snapshot of the working tree is built once and
// served on 127.0.0.1; test files read {url, dist, source} with `inject("site")`.
import {existsSync} from "node:fs";
import type {TestProject} from "vitest/node";
import {buildSite, removeSnapshot, snapshot} from "./build.js";
import {serve} from "./serve.js";

/** What the browser tests share: the server's base URL, the built site, and the snapshot it was built from. */
export interface SharedSite {
  url: string;
  dist: string;
  source: string;
}

declare module "vitest" {
  export interface ProvidedContext {
    site: SharedSite;
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  if (!existsSync("/usr/bin/chromium") && process.env.REQUIRE_BROWSER !== "1") {
    project.provide("site", {url: "", dist: "", source: ""}); // the browser tests skip themselves
    return async () => {};
  }
  const source = snapshot();
  const dist = buildSite(source);
  const server = await serve(dist);
  project.provide("site", {url: server.url, dist, source});
  return async () => {
    await server.close();
    removeSnapshot();
  };
}
