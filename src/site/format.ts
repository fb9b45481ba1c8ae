// Prettier for the project (config: .prettierrc.json): source files as they are, and in Markdown pages only the
// code of the js/ts cells, never the prose. A js cell that is one expression stays one expression (Framework
// displays it; a semicolon would make it a statement that displays nothing).
//   npm run format                     write every covered file
//   npm run format -- docs/x/page.md   write these files only
//   npm run format:check [-- files]    list unformatted files and cells; exit 1 if there are any
import {lstatSync, readFileSync, readdirSync, writeFileSync} from "node:fs";
import {join, relative, resolve} from "node:path";
import {fileURLToPath} from "node:url";
import {Parser} from "acorn";
import * as prettier from "prettier";

/** The repository: what `npm run format` covers by default is relative to it. */
export const REPO = resolve(fileURLToPath(import.meta.url), "../../..");

/** What `npm run format` covers when given no files: code in these folders, and the cells of the pages in docs. */
const DEFAULT_ROOTS = ["src", "test", "docs", "observablehq.config.ts", "vitest.config.ts"];
const CODE = /\.(ts|js|mjs|css)$/;

/** Is a file found by walking a folder covered? Code (in docs, only docs/components), and Markdown pages. */
function coveredByDefault(path: string): boolean {
  const name = relative(REPO, path);
  if (name.endsWith(".md")) return name.startsWith("docs/");
  return CODE.test(name) && (!name.startsWith("docs/") || name.startsWith("docs/components/"));
}

/** A fence opening a js/ts cell: indentation, the fence marker, the language. */
const OPEN = /^( {0,3})(`{3,}|~{3,})(js|ts)(?=\s|$)[^\n]*$/;

/** One cell in a Markdown page: its language, where its code starts (0-based line), and the code. */
export interface Fence {
  lang: "js" | "ts";
  line: number;
  code: string;
}

/** The js/ts fences of a Markdown text (a fence of another language, and what it holds, is skipped). */
export function findFences(markdown: string): (Fence & {end: number; indent: string})[] {
  const lines = markdown.split("\n");
  const fences: (Fence & {end: number; indent: string})[] = [];
  for (let i = 0; i < lines.length; i++) {
    const open = /^( {0,3})(`{3,}|~{3,})(\S*)/.exec(lines[i]!);
    if (!open) continue;
    const [, indent, marker] = open as unknown as [string, string, string];
    const close = new RegExp(`^ {0,3}${marker[0] === "`" ? "`" : "~"}{${marker.length},}\\s*$`);
    let end = i + 1;
    while (end < lines.length && !close.test(lines[end]!)) end++;
    const cell = OPEN.exec(lines[i]!);
    if (cell && end < lines.length) {
      const code = lines
        .slice(i + 1, end)
        .map((l) => (l.startsWith(indent) ? l.slice(indent.length) : l.trimStart()))
        .join("\n");
      fences.push({lang: cell[3] as "js" | "ts", line: i + 1, end, indent, code});
    }
    i = end;
  }
  return fences;
}

/** Is the code one JavaScript expression (as Framework's parser decides, comments aside)? */
function isExpression(code: string): boolean {
  try {
    const node = Parser.parseExpressionAt(code, 0, {ecmaVersion: "latest", sourceType: "module"});
    return code.slice(node.end).trim() === "";
  } catch {
    return false;
  }
}

async function options(filepath: string): Promise<prettier.Options> {
  return {...(await prettier.resolveConfig(filepath, {editorconfig: false})), filepath};
}

/** A cell's code formatted (ending with one newline), or an error for code that does not parse. */
export async function formatCell(fence: Fence, filepath: string): Promise<string> {
  const base = await options(filepath);
  const parser =
    fence.lang === "ts" ? "typescript" : isExpression(fence.code) ? "__js_expression" : "babel";
  const out = await prettier.format(fence.code, {...base, filepath: undefined, parser});
  return `${out.trimEnd()}\n`;
}

/** A Markdown page with each js/ts cell's code formatted; the prose and other blocks are left as they are. */
export async function formatMarkdown(
  markdown: string,
  filepath: string,
  onError: (line: number, message: string) => void = () => undefined
): Promise<string> {
  const lines = markdown.split("\n");
  const fences = findFences(markdown);
  for (const fence of fences.reverse()) {
    let code: string;
    try {
      code = await formatCell(fence, filepath);
    } catch (error) {
      onError(fence.line, String(error instanceof Error ? error.message : error).split("\n")[0]!);
      continue;
    }
    const body = code.trimEnd() === "" ? [] : code.trimEnd().split("\n");
    lines.splice(
      fence.line,
      fence.end - fence.line,
      ...body.map((l) => (l ? fence.indent + l : l))
    );
  }
  return lines.join("\n");
}

/** A file formatted: Markdown by its cells, anything else as a whole. */
export async function formatFile(
  path: string,
  text: string,
  onError?: (line: number, message: string) => void
): Promise<string> {
  if (path.endsWith(".md")) return formatMarkdown(text, path, onError);
  return prettier.format(text, await options(path));
}

/** Files covered under `roots` (folders are walked; ignored files, per .prettierignore, are left out). */
async function covered(roots: string[]): Promise<string[]> {
  const out: string[] = [];
  const visit = async (path: string, explicit: boolean): Promise<void> => {
    const stat = lstatSync(path);
    if (stat.isSymbolicLink() && !explicit) return; // docs/src is src again
    if (stat.isDirectory()) {
      for (const name of readdirSync(path).sort()) {
        if (name.startsWith(".") || name === "node_modules") continue;
        await visit(join(path, name), false);
      }
      return;
    }
    if (!explicit && !coveredByDefault(path)) return;
    const info = await prettier
      .getFileInfo(path, {ignorePath: join(REPO, ".prettierignore")})
      .catch(() => null);
    if (!info) return;
    if (!info.ignored) out.push(path);
  };
  for (const root of roots) await visit(resolve(root), true);
  return out;
}

async function main(argv: string[]): Promise<number> {
  const check = argv.includes("--check");
  const named = argv.filter((a) => a !== "--check");
  const files = await covered(named.length ? named : DEFAULT_ROOTS.map((r) => join(REPO, r)));
  const unformatted: string[] = [];
  for (const file of files) {
    const name = relative(process.cwd(), file);
    let text: string;
    try {
      text = readFileSync(file, "utf8");
    } catch {
      continue; // removed since the folder was read (someone's temporary file)
    }
    const formatted = await formatFile(file, text, (line, message) =>
      console.warn(`${name}:${line + 1}: cell not formatted (it does not parse): ${message}`)
    );
    if (formatted === text) continue;
    unformatted.push(name);
    if (!check) writeFileSync(file, formatted);
  }
  if (check && unformatted.length) {
    console.error(`Not formatted (run npm run format -- <file>):\n  ${unformatted.join("\n  ")}`);
    return 1;
  }
  console.log(
    `${check ? "checked" : "formatted"} ${files.length} files${check ? "" : `, ${unformatted.length} changed`}`
  );
  return 0;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  process.exitCode = await main(process.argv.slice(2));
}
