// Which characters the built site draws with each of KaTeX's font faces, read in Chromium from the
// pages as rendered: every text node of typeset math, with the face its computed font family,
// weight and style select among the page's @font-face rules. `npm run fonts [dist]` runs this on
// a built site, writes src/site/katex-fonts/glyphs.json and calls katex-subset.py, which cuts each
// face down to these characters (src/site/vendor.ts declares the cut faces beside the full ones).
import {execFileSync} from "node:child_process";
import {writeFileSync} from "node:fs";
import {dirname, join, resolve} from "node:path";
import {fileURLToPath} from "node:url";
import type {Page} from "playwright-core";

/** Characters per face, keyed by the face's file name without extension ("KaTeX_Main-Regular"). */
export type Glyphs = Record<string, string>;

/** The folder of the cut faces, their manifest and the characters they were cut to. */
export const SUBSET_DIR = join(dirname(fileURLToPath(import.meta.url)), "katex-fonts");

/**
 * In the page: the characters of typeset math (outside KaTeX's hidden MathML copy) per KaTeX face,
 * matched as CSS does: same family, then the same style if there is one, then the nearest weight.
 * (No named inner functions: tsx would wrap them in a helper the page does not have.)
 */
export function pageGlyphs(page: Page): Promise<Glyphs> {
  return page.evaluate(() => {
    type Face = {family: string; weight: number; style: string; file: string};
    const faces: Face[] = [];
    for (const sheet of Array.from(document.styleSheets)) {
      let rules: CSSRuleList;
      try {
        rules = sheet.cssRules;
      } catch {
        continue; // a sheet from another origin: none here
      }
      for (const rule of Array.from(rules)) {
        if (!(rule instanceof CSSFontFaceRule)) continue;
        const family = rule.style.getPropertyValue("font-family").replace(/["']/g, "").trim();
        const src = rule.style.getPropertyValue("src");
        const file = /(KaTeX_[A-Za-z0-9]+-[A-Za-z]+)[^/]*\.woff2/.exec(src)?.[1];
        if (!family.startsWith("KaTeX_") || !file) continue;
        const weight = Number(rule.style.getPropertyValue("font-weight")) || 400;
        faces.push({family, weight, style: rule.style.getPropertyValue("font-style"), file});
      }
    }
    const out: Record<string, Set<string>> = {};
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const parent = node.parentElement;
      if (!parent?.closest(".katex") || parent.closest(".katex-mathml")) continue;
      const css = getComputedStyle(parent);
      // Every KaTeX family in the list: the browser falls through to the next for a missing glyph.
      for (const name of css.fontFamily.split(",")) {
        const family = name.replace(/["']/g, "").trim();
        if (!family.startsWith("KaTeX_")) continue;
        const same = faces.filter((f) => f.family === family);
        const styled = same.filter((f) => f.style === css.fontStyle);
        const candidates = styled.length ? styled : same;
        const weight = Number(css.fontWeight);
        candidates.sort((a, b) => Math.abs(a.weight - weight) - Math.abs(b.weight - weight));
        const file = candidates[0]?.file;
        if (!file) continue;
        const set = (out[file] ??= new Set());
        for (const ch of node.textContent ?? "") set.add(ch);
      }
    }
    return Object.fromEntries(Object.entries(out).map(([k, v]) => [k, [...v].sort().join("")]));
  });
}

/**
 * Characters every cut keeps whether or not a page drew them when read: the ones a formula built from
 * a live value may show for a moment (digits, signs, Latin letters, the usual operators), so a page
 * never fetches a whole face for a value it shows while it loads.
 */
const LATIN = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";
export const BASELINE: Glyphs = {
  "KaTeX_Main-Regular": `0123456789${LATIN}()[]{}+-=<>.,:;!?'/|*%^_~−×⋅·…≈≤≥±∞`,
  "KaTeX_Math-Italic": LATIN
};

/** The code points of a CSS unicode-range ("U+41-43,U+2212"). */
export function codePoints(range: string): number[] {
  if (!range) return [];
  return range.split(",").flatMap((part) => {
    const [a, b = a] = part.replace(/^U\+/, "").split("-") as [string, string?];
    const lo = parseInt(a, 16);
    return Array.from({length: parseInt(b, 16) - lo + 1}, (_, i) => lo + i);
  });
}

/** The union of several pages' glyphs, each face's characters sorted. */
export function mergeGlyphs(all: Glyphs[]): Glyphs {
  const out: Record<string, Set<string>> = {};
  for (const glyphs of all) {
    for (const [face, chars] of Object.entries(glyphs)) {
      const set = (out[face] ??= new Set());
      for (const ch of chars) set.add(ch);
    }
  }
  const sorted = Object.keys(out).sort();
  return Object.fromEntries(sorted.map((face) => [face, [...out[face]!].sort().join("")]));
}

async function main(dist: string): Promise<void> {
  // Test helpers (the static server, Chromium with the project's flags), loaded only when run.
  const {launch, openPage, sitePages} = await import("../../test/browser/audit.js");
  const {browser, base, close} = await launch(dist);
  const all: Glyphs[] = [];
  try {
    for (const path of sitePages(dist)) {
      const page = await openPage(browser, `${base}${path}`);
      all.push(await pageGlyphs(page));
      await page.context().close();
    }
  } finally {
    await close();
  }
  const glyphs = mergeGlyphs([...all, BASELINE]);
  writeFileSync(join(SUBSET_DIR, "glyphs.json"), `${JSON.stringify(glyphs, null, 2)}\n`);
  for (const [face, chars] of Object.entries(glyphs)) console.log(`${face}: ${chars.length} chars`);
  const python = process.env.PYTHON ?? "python3";
  execFileSync(python, [join(SUBSET_DIR, "..", "katex-subset.py")], {stdio: "inherit"});
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const here = dirname(fileURLToPath(import.meta.url));
  await main(resolve(process.argv[2] ?? join(here, "../../dist")));
}
