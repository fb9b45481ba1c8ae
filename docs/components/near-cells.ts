// When the reader comes near a page's figures. The site's build makes a page's Plot import wait on
// this (lazyPlot in src/site/postbuild.ts), so the first view costs no Plot: it is fetched as soon as
// the reader scrolls, or a figure's cell is within half a viewport of the screen (a tall window, a
// link into the page, an opened <details>), and at once in a frame (the ledger's runner).
import {findPlaceholders} from "../src/site/framework.js";

/**
 * Resolves once the reader scrolls, or once one of the cells `ids` is within `margin` of the
 * viewport, or at once when the page runs inside a frame.
 */
export function nearCells(ids: readonly string[], margin = "50% 0px"): Promise<void> {
  if (window.frameElement) return Promise.resolve();
  return new Promise((resolve) => {
    const observer = new IntersectionObserver(
      (entries) => {
        if (entries.some((e) => e.isIntersecting)) near();
      },
      {rootMargin: margin}
    );
    function near(): void {
      observer.disconnect();
      removeEventListener("scroll", near);
      resolve();
    }
    const placeholders = findPlaceholders(document.body);
    for (const id of ids) {
      const root = placeholders.get(id)?.parentElement; // the element the cell renders into
      if (root) observer.observe(root);
    }
    addEventListener("scroll", near, {passive: true});
  });
}
