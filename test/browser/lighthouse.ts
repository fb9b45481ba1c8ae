// Lighthouse 12.2.3 on a built site: Performance and its metrics (FCP, LCP, TBT, CLS, Speed Index)
// and the main-thread long tasks, with the mobile (default) and desktop presets, on the pages issue
// 13 names. Builds nothing: serves an existing build (default dist/, gzipped as a static host
// would) on 127.0.0.1. Lighthouse is fetched by npx from the npm registry, not a dependency.
// Not part of npm test: Lighthouse's figures depend on the machine's load, so each run prints the
// load average beside them. JSON reports go to test-results/lighthouse/.
//
//   npm run lighthouse -- [dist] [--runs=N] [--preset=mobile|desktop] [page …]
import {execFile} from "node:child_process";
import {mkdirSync, readFileSync} from "node:fs";
import {loadavg} from "node:os";
import {join} from "node:path";
import {promisify} from "node:util";
import {serve} from "./serve.js";

const LIGHTHOUSE = "lighthouse@12.2.3";
const CHROME_PATH = "/usr/bin/chromium";
const PAGES = ["/", "/deep-dive/03-svd", "/derivations/07-verify-everything"];
const OUT = "test-results/lighthouse";

interface Audit {
  numericValue?: number;
  details?: {items?: {url?: string; duration: number; startTime: number}[]};
}

interface Report {
  categories: {performance: {score: number | null}};
  audits: Record<string, Audit>;
}

/** One Lighthouse run's figures. */
interface Scores {
  page: string;
  preset: string;
  performance: number;
  fcp: number;
  lcp: number;
  tbt: number;
  cls: number;
  si: number;
  /** Lighthouse's main-thread long tasks (as it reports them: simulated for mobile), longest first. */
  longTasks: {url: string; ms: number}[];
  /** The 1-minute load average when the run ended. */
  load: number;
}

/** Run Lighthouse once on `url` (asynchronously: this process serves the site); keep its JSON. */
async function lighthouse(url: string, preset: string, output: string): Promise<Report> {
  const args = [
    "--yes",
    LIGHTHOUSE,
    url,
    "--only-categories=performance",
    "--output=json",
    `--output-path=${output}`,
    "--chrome-flags=--headless=new --no-sandbox",
    "--quiet",
    ...(preset === "desktop" ? ["--preset=desktop"] : [])
  ];
  await promisify(execFile)("npx", args, {env: {...process.env, CHROME_PATH}});
  return JSON.parse(readFileSync(output, "utf8")) as Report;
}

function scores(report: Report, page: string, preset: string): Scores {
  const value = (id: string): number => report.audits[id]?.numericValue ?? NaN;
  const items = report.audits["long-tasks"]?.details?.items ?? [];
  return {
    page,
    preset,
    performance: Math.round((report.categories.performance.score ?? NaN) * 100),
    fcp: value("first-contentful-paint"),
    lcp: value("largest-contentful-paint"),
    tbt: value("total-blocking-time"),
    cls: value("cumulative-layout-shift"),
    si: value("speed-index"),
    longTasks: items
      .map((t) => ({url: (t.url ?? "").replace(/^https?:\/\/[^/]+/, ""), ms: t.duration}))
      .sort((a, b) => b.ms - a.ms),
    load: loadavg()[0]!
  };
}

const s = (ms: number): string => (ms / 1000).toFixed(2);

/** One line per run, then its five longest tasks. */
function formatScores(r: Scores): string {
  const tasks = r.longTasks
    .slice(0, 5)
    .map((t) => `${Math.round(t.ms)} ms ${t.url.slice(-48) || "(page)"}`)
    .join("; ");
  return (
    `${r.page.padEnd(36)} ${r.preset.padEnd(7)} perf ${String(r.performance).padStart(3)}  ` +
    `FCP ${s(r.fcp)} s  LCP ${s(r.lcp)} s  TBT ${Math.round(r.tbt)} ms  ` +
    `CLS ${r.cls.toFixed(3)}  SI ${s(r.si)} s  load ${r.load.toFixed(1)}\n` +
    `    long tasks (${r.longTasks.length}): ${tasks || "none"}`
  );
}

/** The run with the median Performance score (Lighthouse's advice for noisy machines). */
function median(runs: Scores[]): Scores {
  return [...runs].sort((a, b) => a.performance - b.performance)[Math.floor(runs.length / 2)]!;
}

async function main(argv: string[]): Promise<void> {
  const flag = (name: string): string | undefined =>
    argv.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3);
  const rest = argv.filter((a) => !a.startsWith("--"));
  const dist = rest[0] && !rest[0].startsWith("/") ? rest.shift()! : "dist";
  const pages = rest.length ? rest : PAGES;
  const runs = Number(flag("runs") ?? 1);
  const presets = flag("preset") ? [flag("preset")!] : ["mobile", "desktop"];
  mkdirSync(OUT, {recursive: true});
  const server = await serve(dist, {gzip: true});
  try {
    for (const preset of presets) {
      for (const page of pages) {
        const all: Scores[] = [];
        for (let i = 0; i < runs; i++) {
          const name = `${preset}${page === "/" ? "_index" : page.replace(/\//g, "_")}-${i}.json`;
          const report = await lighthouse(`${server.url}${page}`, preset, join(OUT, name));
          const r = scores(report, page, preset);
          if (runs > 1) console.log(`  run ${i + 1}: ${formatScores(r).split("\n")[0]}`);
          all.push(r);
        }
        console.log(formatScores(median(all)));
      }
    }
  } finally {
    await server.close();
  }
}

if (process.argv[1]?.endsWith("lighthouse.ts")) await main(process.argv.slice(2));
