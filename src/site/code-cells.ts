// Code on the page: a markdown-it plugin that shows each live js/ts cell's code above its output (Framework's own
// echo, highlighted by its build), gathers import-only cells into one folded "Setup" block, and ships what the
// page-side code tools need (docs/components/editor/boot.ts: hide/show all, fold, Copy, Edit in place).
import type MarkdownIt from "markdown-it";
import type Token from "markdown-it/lib/token.mjs";
import {cellDefinedBy, ECHO_ONLY, isImportOnly, type RenderEnv} from "./framework.js";

/** The id of the hidden placeholder the editor reaches Framework's runtime through (see connectClient). */
export const BRIDGE_ID = "0000ed17";

/** localStorage key of the reader's choice to hide all code ("hidden"), read before the page paints. */
export const CODE_STATE_KEY = "workbook-code";

/** Fence languages shown and editable: Framework's `js` and `ts` block cells. */
const LANGUAGES = /^(js|ts)$/;

type FenceRule = NonNullable<MarkdownIt["renderer"]["rules"]["fence"]>;
/** A fence rule's arguments after the tokens and index. */
type FenceContext = Parameters<FenceRule> extends [unknown, unknown, ...infer R] ? R : never;

interface PageEnv extends RenderEnv {
  workbookSetup?: {id: string; source: string}[];
}

const attribute = (text: string): string =>
  text.replace(/&/g, "&amp;").replace(/"/g, "&quot;").replace(/</g, "&lt;");

/** JSON for an inline `<script>`: no `<`, so neither `</script>` nor `<!--` can end or confuse it. */
function scriptJson(value: unknown): string {
  return JSON.stringify(value)
    .replace(/</g, "\\u003c")
    .replace(/\u2028/g, "\\u2028")
    .replace(/\u2029/g, "\\u2029");
}

/** Sets `html[data-wb-code=hidden]` before any code is parsed, so a reader who hid code never sees it flash. */
const STATE_SCRIPT =
  `<script>try{if(localStorage.getItem("${CODE_STATE_KEY}")==="hidden")` +
  `document.documentElement.dataset.wbCode="hidden"}catch(e){}</script>`;

const lines = (source: string): number => source.trimEnd().split("\n").length;

/** The toolbar above a cell's code: fold this cell, a status line for the editor, Copy, Edit. */
function codeBar(id: string, lang: string, source: string): string {
  const n = lines(source);
  return (
    `<div class="wb-code-bar">` +
    `<button type="button" class="wb-fold" aria-expanded="true" aria-controls="wb-src-${id}" ` +
    `title="Fold or unfold this cell's code">${lang} · ${n} line${n === 1 ? "" : "s"}</button>` +
    `<span class="wb-status" role="status"></span>` +
    `<button type="button" class="wb-copy" title="Copy this cell's code">Copy</button>` +
    `<button type="button" class="wb-edit" aria-expanded="false" ` +
    `title="Edit this cell and re-run it in the page">Edit</button></div>`
  );
}

/**
 * Marks a `<pre>` so Framework's client leaves it alone (it would wrap it, after load, in a container with a copy
 * button of its own: a layout shift, and a second Copy), and gives it an id.
 */
const withoutFrameworkCopy = (pre: string, id?: string): string =>
  pre.replace(/^<pre/, `<pre${id ? ` id="${id}"` : ""} data-copy="none"`);

/** Removes `echo` from a fence's options: the plugin decides where and whether the code shows. */
const withoutEcho = (info: string): string => info.replace(/(^|\s)echo(=\S*)?(?=\s|$)/g, "").trim();

/**
 * Registers the plugin. Call it after Framework's rules are in place (the config's `markdownIt` hook runs after
 * them): it wraps the fence renderer and the page renderer. Nothing happens until a page is rendered.
 */
export function codeCells(md: MarkdownIt): MarkdownIt {
  // Keep each fence's source as written, before other core rules (the src/ import rewrite) change it.
  md.core.ruler.after("block", "workbook_cell_source", (state) => {
    for (const token of state.tokens) {
      if (token.type === "fence")
        token.meta = {...(token.meta ?? {}), workbookSource: token.content};
    }
  });
  const fence = md.renderer.rules.fence;
  if (!fence) throw new Error("codeCells: no fence renderer (register it after Framework's)");

  /** Framework's echo of `source` as the fence's code: the same markup its build highlights. */
  const echo = (token: Token, source: string, ...rest: FenceContext): string => {
    const copy = Object.assign(
      Object.create(Object.getPrototypeOf(token) as object) as Token,
      token
    );
    copy.info = `${token.info.trim().split(/\s+/)[0]} ${ECHO_ONLY}`;
    copy.content = source;
    return fence([copy], 0, ...rest);
  };

  md.renderer.rules.fence = (tokens, idx, options, env: PageEnv, self) => {
    const token = tokens[idx]!;
    const lang = token.info.trim().split(/\s+/)[0] ?? "";
    if (!LANGUAGES.test(lang)) return fence(tokens, idx, options, env, self);
    const hidden = /(^|\s)echo=false(\s|$)/i.test(token.info);
    token.info = withoutEcho(token.info);
    const before = env.code?.length ?? 0;
    const output = fence(tokens, idx, options, env, self);
    const cell = cellDefinedBy(env, before);
    if (!cell || cell.mode !== "block") return output;
    const source =
      (token.meta as {workbookSource?: string} | null)?.workbookSource ?? token.content;
    if (isImportOnly(cell)) {
      (env.workbookSetup ??= []).push({id: cell.id, source});
      return `${output}<script type="application/json" data-wb-cell="${cell.id}">${scriptJson({lang, setup: true, source})}</script>\n`;
    }
    if (hidden) return output;
    const pre = withoutFrameworkCopy(echo(token, source, options, env, self), `wb-src-${cell.id}`);
    return (
      `<div class="wb-code" data-cell="${cell.id}" data-lang="${lang}">${codeBar(cell.id, lang, source)}${pre}</div>\n` +
      `${output}<script type="application/json" data-wb-cell="${cell.id}">${scriptJson({lang})}</script>\n`
    );
  };

  const render = md.renderer.render.bind(md.renderer);
  md.renderer.render = (tokens, options, env: PageEnv) => {
    env.workbookSetup = [];
    let html = render(tokens, options, env);
    if (!env.code?.some((c) => c.mode === "block")) return html;
    const setup = env.workbookSetup;
    let head = `<div class="wb-page-code">`;
    if (setup.length) {
      const joined = setup.map((s) => s.source.trimEnd()).join("\n\n");
      const first = tokens.find((t) => t.type === "fence")!;
      const pre = withoutFrameworkCopy(echo(first, joined, options, env, md.renderer));
      const n = lines(joined);
      head +=
        `<details class="wb-setup"><summary>Setup <span class="wb-setup-count">· ${setup.length} ` +
        `import cell${setup.length === 1 ? "" : "s"}, ${n} line${n === 1 ? "" : "s"}</span></summary>${pre}</details>`;
    }
    head += `<button type="button" class="wb-code-all" title="Hide or show the code of every cell, on every page"><span class="wb-if-shown">Hide code</span><span class="wb-if-hidden">Show code</span></button></div>\n`;
    const h1 = /<\/h1>\n?/.exec(html);
    const at = h1 ? h1.index + h1[0].length : 0;
    html = `${STATE_SCRIPT}\n${html.slice(0, at)}${head}${html.slice(at)}`;
    const path = attribute(env.path ?? "/index");
    return (
      `${html}<div class="wb-bridge" hidden data-id="${BRIDGE_ID}" data-path="${path}"><!--:${BRIDGE_ID}:--></div>\n` +
      `<script type="module" src="/components/editor/boot.js"></script>\n`
    );
  };
  return md;
}
