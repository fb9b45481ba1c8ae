// Build-time half of the in-page cell editor: a markdown-it plugin that ships each live cell's source next to it.
import type MarkdownIt from "markdown-it";
import {bundleEditor} from "./bundle.js";

/** The id of the hidden placeholder the editor uses to reach Framework's runtime (see bridge.ts). */
export const BRIDGE_ID = "0000ed17";

let bundled = false;

/** Fence languages the editor can re-run: Framework's `js` and `ts` block cells. */
const EDITABLE = /^(js|ts)$/;

interface RenderEnv {
  code?: {id: string; mode: string}[];
  path?: string;
}

const attribute = (text: string): string => text.replace(/&/g, "&amp;").replace(/"/g, "&quot;").replace(/</g, "&lt;");

/** JSON for an inline `<script>`: no `<`, so neither `</script>` nor `<!--` can end or confuse it. */
function scriptJson(value: unknown): string {
  return JSON.stringify(value).replace(/</g, "\\u003c").replace(/\u2028/g, "\\u2028").replace(/\u2029/g, "\\u2029");
}

/**
 * After each live `js`/`ts` cell, emits `<script type="application/json" data-wb-cell="<id>">{lang, source}</script>`
 * holding the cell's Markdown source as written (before any other core rule rewrites it); at the end of any page
 * with such cells, the bridge placeholder and the editor's boot module (a few KB; CodeMirror loads on first Edit).
 * Register it after Framework's own rules (the config's `markdownIt` hook runs after them): it wraps the fence renderer.
 * Registering it also (re)bundles the lazy editor once per process (bundle.ts), so build and preview need no extra step.
 */
export function editorSourcePlugin(md: MarkdownIt): MarkdownIt {
  bundled ||= (bundleEditor(), true);
  md.core.ruler.after("block", "workbook_editor_source", (state) => {
    for (const token of state.tokens) {
      if (token.type === "fence") token.meta = {...(token.meta ?? {}), workbookSource: token.content};
    }
  });
  const fence = md.renderer.rules.fence;
  if (!fence) throw new Error("editorSourcePlugin: no fence renderer (register it after Framework's)");
  md.renderer.rules.fence = (tokens, idx, options, env: RenderEnv, self) => {
    const token = tokens[idx];
    const tag = token.info.trim().split(/\s+/)[0] ?? "";
    const before = env.code?.length ?? 0;
    const html = fence(tokens, idx, options, env, self);
    const cell = env.code && env.code.length > before ? env.code[env.code.length - 1] : undefined;
    if (!cell || cell.mode !== "block" || !EDITABLE.test(tag)) return html;
    const source = (token.meta as {workbookSource?: string} | null)?.workbookSource ?? token.content;
    return `${html}<script type="application/json" data-wb-cell="${cell.id}">${scriptJson({lang: tag, source})}</script>\n`;
  };
  const render = md.renderer.render.bind(md.renderer);
  md.renderer.render = (tokens, options, env: RenderEnv) => {
    const html = render(tokens, options, env);
    if (!env.code?.some((c) => c.mode === "block")) return html;
    const path = attribute(env.path ?? "/index");
    return `${html}<div class="wb-bridge" hidden data-id="${BRIDGE_ID}" data-path="${path}"><!--:${BRIDGE_ID}:--></div>\n<script type="module" src="/components/editor/boot.js"></script>\n`;
  };
  return md;
}
