// Bundles the background worker (src/site/offload-worker.ts with the library it runs) into one
// minified ES module, docs/components/generated/offload-worker.js (gitignored), which
// docs/components/offload.ts starts as a module worker. Runs before `npm run build` and
// `npm run dev` (`tsx src/site/offload-bundle.ts`). The preview serves this bundle; a build's
// postbuild replaces the file with a module that imports the chunks the pages share
// (src/site/split-modules.ts).
import {buildSync} from "esbuild";
import {existsSync, mkdirSync, readFileSync, renameSync, writeFileSync} from "node:fs";
import {dirname, join, resolve} from "node:path";
import {fileURLToPath} from "node:url";

const here = dirname(fileURLToPath(import.meta.url));

/** Where the bundle goes; offload.ts names it with `import.meta.resolve`, so Framework ships it. */
export const WORKER_BUNDLE = resolve(here, "../../docs/components/generated/offload-worker.js");

/** Writes the bundle, only if its content changed (a running preview then does not reload). */
export function bundleOffloadWorker(): void {
  const result = buildSync({
    entryPoints: [join(here, "offload-worker.ts")],
    bundle: true,
    format: "esm",
    platform: "browser",
    target: "es2022",
    minify: true,
    keepNames: true, // errors name themselves with `new.target.name`; decodeError maps names back
    legalComments: "none",
    write: false,
    logLevel: "error"
  });
  const text = result.outputFiles[0]!.text;
  mkdirSync(dirname(WORKER_BUNDLE), {recursive: true});
  if (existsSync(WORKER_BUNDLE) && readFileSync(WORKER_BUNDLE, "utf8") === text) return;
  const temporary = `${WORKER_BUNDLE}.${process.pid}.tmp`;
  writeFileSync(temporary, text);
  renameSync(temporary, WORKER_BUNDLE);
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  bundleOffloadWorker();
}
