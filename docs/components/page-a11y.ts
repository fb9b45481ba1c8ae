// Accessibility fixes for every page, loaded by the config's head:
// - Observable Inputs' sliders are named by their label (Inputs names only the number box), and
//   its tables' selection boxes are named (an empty first column is hidden from assistive tech);
// - code blocks and display math that scroll sideways get a Tab stop (keyboard scrolling), found
//   by a ResizeObserver, after the browser's own layout;
// - every Observable Plot SVG is an image (role="img") with a name: its ariaLabel, else its title,
//   else its axis labels; Plot's per-mark <g aria-label> get role="group";
// - the markup Framework hard-codes is fixed here for the preview server (the build fixes the HTML
//   itself, src/site/postbuild.ts): lang, a zoomable viewport, a skip link, the sidebar toggle's
//   name, no <label> inside the sidebar's list.

/** Plot's root SVGs (class "plot-<hash>"), not its colour-ramp legends ("plot-<hash>-ramp"). */
const PLOT_SVG = "svg[class^='plot-']:not([class$='-ramp'])";

/** A name for a plot without an ariaLabel: its figure's title, or what its axes show. */
function fallbackName(svg: SVGSVGElement): string {
  const figure = svg.closest("figure");
  const title = figure?.querySelector("h2, h3, figcaption")?.textContent?.trim();
  if (title) return title;
  const axis = (which: string): string => {
    const text = svg.querySelector(`g[aria-label='${which}-axis label'] text`)?.textContent ?? "";
    return text.replace(/[↑→←↓]/g, "").trim();
  };
  const [x, y] = [axis("x"), axis("y")];
  return x && y ? `Chart of ${y} against ${x}` : x || y ? `Chart of ${x || y}` : "Chart";
}

/** Give one plot its role, its name and valid roles for its marks' groups. */
export function labelPlot(svg: SVGSVGElement): void {
  if (svg.getAttribute("role") === "img") return;
  svg.setAttribute("role", "img");
  const named = svg.getAttribute("aria-label") || svg.getAttribute("aria-labelledby");
  if (!named) svg.setAttribute("aria-label", fallbackName(svg));
  for (const g of svg.querySelectorAll("g[aria-label]:not([role])")) {
    g.setAttribute("role", "group");
  }
}

/** The preview server's copy of the build step's markup fixes (a no-op on a built page). */
export function fixFrameworkMarkup(doc: Document): void {
  if (!doc.documentElement.lang) doc.documentElement.lang = "en";
  const viewport = doc.querySelector<HTMLMetaElement>("meta[name=viewport]");
  if (viewport) viewport.content = viewport.content.replace(/,\s*maximum-scale=1/, "");
  const toggle = doc.getElementById("observablehq-sidebar-toggle");
  if (toggle && !toggle.hasAttribute("aria-label")) {
    toggle.setAttribute("aria-label", "Toggle sidebar");
  }
  const close = doc.getElementById("observablehq-sidebar-close");
  const list = close?.parentElement;
  if (close && list?.tagName === "OL") list.before(close);
  if (!doc.querySelector("a.skip-link")) {
    const skip = doc.createElement("a");
    skip.className = "skip-link";
    skip.href = "#observablehq-main";
    skip.textContent = "Skip to content";
    doc.body.prepend(skip);
  }
}

/** Observable Inputs' sliders: Inputs's <label for> names only the number box; name the slider. */
const INPUTS_SLIDER =
  "form[class^='inputs-'] input[type=range]:not([aria-label]):not([aria-labelledby])";

export function nameSlider(slider: HTMLInputElement): void {
  const label = slider.form?.querySelector(":scope > label");
  if (!label) return;
  label.id ||= `${slider.form!.querySelector("input[type=number]")?.id ?? "range"}-label`;
  slider.setAttribute("aria-labelledby", label.id);
}

/** The first cell of each row of an Observable Inputs table: a selection box, or empty. */
const INPUTS_TABLE_FIRST = "form[class^='inputs-'][class$='-table'] tr > :first-child";

/** Name a table's selection boxes; hide an empty first column from assistive tech. */
export function fixTableCell(cell: Element): void {
  const box = cell.querySelector("input[type=checkbox]");
  const name = cell.tagName === "TH" ? "select all rows" : "select row";
  if (box) box.setAttribute("aria-label", name);
  else if (!cell.textContent?.trim()) cell.setAttribute("aria-hidden", "true");
}

function fixAdded(node: Node): void {
  if (!(node instanceof Element)) return;
  if (node.matches(INPUTS_TABLE_FIRST)) fixTableCell(node);
  for (const cell of node.querySelectorAll(INPUTS_TABLE_FIRST)) fixTableCell(cell);
  if (node.matches(PLOT_SVG)) labelPlot(node as SVGSVGElement);
  for (const svg of node.querySelectorAll<SVGSVGElement>(PLOT_SVG)) labelPlot(svg);
  if (node.matches(INPUTS_SLIDER)) nameSlider(node as HTMLInputElement);
  for (const slider of node.querySelectorAll<HTMLInputElement>(INPUTS_SLIDER)) nameSlider(slider);
}

/** Code and display math: the blocks that may scroll sideways. */
const SCROLLABLE = "pre, .katex-display";

/**
 * Code and display math that scroll sideways get a Tab stop, to scroll from the keyboard. A
 * ResizeObserver reports each block after a layout, at first and whenever its width changes, so
 * reading its widths forces no layout of its own; all are read before any is changed.
 */
const scrollables =
  typeof ResizeObserver === "undefined"
    ? null
    : new ResizeObserver((entries) => {
        const wide = entries
          .map((entry) => entry.target as HTMLElement)
          .filter((el) => !el.hasAttribute("tabindex") && el.scrollWidth > el.clientWidth + 1);
        for (const el of wide) el.tabIndex = 0;
      });

function watchScrollables(node: Element): void {
  if (!scrollables) return;
  if (node.matches(SCROLLABLE)) scrollables.observe(node);
  for (const el of node.querySelectorAll(SCROLLABLE)) scrollables.observe(el);
}

if (typeof document !== "undefined") {
  fixFrameworkMarkup(document);
  fixAdded(document.body);
  watchScrollables(document.getElementById("observablehq-main") ?? document.body);
  new MutationObserver((records) => {
    for (const record of records) {
      for (const node of record.addedNodes) {
        fixAdded(node);
        if (node instanceof Element) watchScrollables(node);
      }
    }
  }).observe(document.body, {childList: true, subtree: true});
}
