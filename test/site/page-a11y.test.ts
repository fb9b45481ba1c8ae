// @vitest-environment happy-dom
// Page-wide accessibility fixes (docs/components/page-a11y.ts) on markup shaped like Plot's,
// Inputs' and Framework's.
import {describe, expect, it} from "vitest";
import {fixFrameworkMarkup, labelPlot, nameSlider} from "../../docs/components/page-a11y.js";

describe("plots", () => {
  it("makes a plot an image, keeps its ariaLabel and gives its marks' groups a role", () => {
    document.body.innerHTML =
      `<svg class="plot-d6a7b5" aria-label="σ against k"><g aria-label="line"></g></svg>`;
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
