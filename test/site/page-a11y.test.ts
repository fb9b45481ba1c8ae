// @vitest-environment happy-dom
// Page-wide accessibility fixes (docs/components/page-a11y.ts) on markup shaped like Plot's,
// Inputs' and Framework's.
import {describe, expect, it} from "vitest";
import {fixFrameworkMarkup, fixTableCell, labelPlot} from "../../docs/components/page-a11y.js";
import {nameSlider} from "../../docs/components/page-a11y.js";

describe("plots", () => {
  it("makes a plot an image, keeps its ariaLabel and gives its marks' groups a role", () => {
    document.body.innerHTML = `<svg class="plot-d6a7b5" aria-label="σ against k"><g aria-label="line"></g></svg>`;
    const svg = document.querySelector("svg")!;
    labelPlot(svg);
    expect(svg.getAttribute("role")).toBe("img");
    expect(svg.getAttribute("aria-label")).toBe("σ against k");
    expect(svg.querySelector("g")!.getAttribute("role")).toBe("group");
  });
  it("names a plot without ariaLabel by its title, else by its axes", () => {
    document.body.innerHTML = `<figure><h2>Spectrum</h2><svg class="plot-d6a7b5"></svg></figure>
      <svg class="plot-d6a7b5"><g aria-label="x-axis label"><text>k →</text></g>
      <g aria-label="y-axis label"><text>↑ error</text></g></svg>`;
    const [titled, bare] = document.querySelectorAll("svg");
    labelPlot(titled!);
    labelPlot(bare!);
    expect(titled!.getAttribute("aria-label")).toBe("Spectrum");
    expect(bare!.getAttribute("aria-label")).toBe("Chart of error against k");
  });
});

describe("Inputs sliders and Framework's markup", () => {
  it("names an Inputs slider by the form's label", () => {
    document.body.innerHTML = `<form class="inputs-3a86ea"><label for="n1">rank k</label>
      <div><input type="number" id="n1"><input type="range"></div></form>`;
    const slider = document.querySelector<HTMLInputElement>("input[type=range]")!;
    nameSlider(slider);
    const label = document.getElementById(slider.getAttribute("aria-labelledby")!);
    expect(label?.textContent).toBe("rank k");
  });
  it("fixes lang, zoom, the skip link and the sidebar in the preview, once", () => {
    document.documentElement.removeAttribute("lang");
    const zoomable = "width=device-width, initial-scale=1";
    document.head.innerHTML = `<meta name="viewport" content="${zoomable}, maximum-scale=1">`;
    document.body.innerHTML = `<input id="observablehq-sidebar-toggle" type="checkbox" title="T">
      <nav id="observablehq-sidebar">
      <ol><label id="observablehq-sidebar-close"></label><li>a</li></ol></nav>
      <main id="observablehq-main"></main>`;
    fixFrameworkMarkup(document);
    fixFrameworkMarkup(document);
    expect(document.documentElement.lang).toBe("en");
    expect(document.querySelector("meta")!.getAttribute("content")).toBe(zoomable);
    expect(document.querySelectorAll("a.skip-link")).toHaveLength(1);
    expect(document.body.firstElementChild!.className).toBe("skip-link");
    const toggle = document.getElementById("observablehq-sidebar-toggle")!;
    expect(toggle.getAttribute("aria-label")).toBe("Toggle sidebar");
    expect(document.querySelector("ol label")).toBeNull();
    expect(document.querySelector("nav > label#observablehq-sidebar-close")).not.toBeNull();
  });
});

describe("Inputs tables", () => {
  it("names selection boxes and hides an empty first column", () => {
    document.body.innerHTML = `<form class="inputs-3a86ea inputs-3a86ea-table"><table>
      <thead><tr><th><input type="checkbox"></th><th>k</th></tr></thead>
      <tbody><tr><td><input type="checkbox"></td><td>1</td></tr><tr><td></td><td>2</td></tr></tbody>
      </table></form>`;
    for (const cell of document.querySelectorAll("tr > :first-child")) fixTableCell(cell);
    const boxes = Array.from(document.querySelectorAll("input"), (b) =>
      b.getAttribute("aria-label")
    );
    expect(boxes).toEqual(["select all rows", "select row"]);
    const last = document.querySelector("tbody tr:last-child > td")!;
    expect(last.getAttribute("aria-hidden")).toBe("true");
    expect(document.querySelector("th:nth-child(2)")!.hasAttribute("aria-hidden")).toBe(false);
  });
});
