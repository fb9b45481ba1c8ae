// A script's printed output, shown as a terminal shows it: the lines as printed, in monospace.

/** A <pre> holding `lines` exactly (no number reformatting), labelled as printed output. */
export function printout(lines: readonly string[]): HTMLPreElement {
  const pre = document.createElement("pre");
  pre.className = "printout";
  pre.setAttribute("aria-label", "printed output");
  pre.textContent = lines.join("\n");
  return pre;
}
