// A small matrix editor for pages: a grid of number fields whose value is the matrix (for view()).

export interface MatrixInputOptions {
  /** Label shown above the grid. */
  label?: string;
  /** Step of the number fields (default "any"). */
  step?: number | "any";
}

/** The editor element: `value` is the current matrix (a fresh number[][] on every read). */
export type MatrixInputElement = HTMLElement & {value: number[][]};

/**
 * An editable m×n grid, initialised to `initial` (rows of equal length, finite entries).
 * Use with Framework's view: `const A = view(matrixInput([[2, 1], [1, 3]], {label: "A"}))`.
 * Editing an entry dispatches a bubbling "input" event, so dependent cells re-run. An entry that is
 * empty or not a finite number is outlined, a short message under the grid says so (aria-live), and
 * it is ignored: the value keeps the last valid matrix, which returns to the field when it is left.
 * Throws RangeError for ragged or empty rows and non-finite initial entries.
 */
export function matrixInput(
  initial: readonly (readonly number[])[],
  {label, step = "any"}: MatrixInputOptions = {}
): MatrixInputElement {
  const m = initial.length,
    n = initial[0]?.length ?? 0;
  if (m === 0 || n === 0) throw new RangeError("matrixInput: the initial matrix is empty");
  initial.forEach((row, i) => {
    if (row.length !== n) {
      throw new RangeError(`matrixInput: row ${i} has ${row.length} entries, row 0 has ${n}`);
    }
    row.forEach((x, j) => {
      if (!Number.isFinite(x)) throw new RangeError(`matrixInput: entry (${i}, ${j}) is ${x}`);
    });
  });
  const current = initial.map((row) => [...row]);
  const form = document.createElement("form") as unknown as MatrixInputElement;
  form.className = "matrix-input-form";
  form.addEventListener("submit", (event) => event.preventDefault());
  if (label) {
    const caption = document.createElement("div");
    caption.className = "matrix-input-label";
    caption.textContent = label;
    form.append(caption);
  }
  const grid = document.createElement("div");
  grid.className = "matrix-input";
  grid.style.gridTemplateColumns = `repeat(${n}, auto)`;
  current.forEach((row, i) =>
    row.forEach((x, j) => {
      const field = document.createElement("input");
      field.type = "number";
      field.step = String(step);
      field.value = String(x);
      field.setAttribute("aria-label", `${label ?? "matrix"} entry (${i + 1}, ${j + 1})`);
      field.addEventListener("input", (event) => {
        const v = field.value.trim() === "" ? NaN : Number(field.value);
        const ok = Number.isFinite(v);
        field.setAttribute("aria-invalid", String(!ok));
        const kept = String(current[i]![j]).replace("-", "−");
        const where = `Entry (${i + 1}, ${j + 1})`;
        message.textContent = ok ? "" : `${where}: enter a finite number. Kept ${kept}.`;
        if (!ok) return event.stopPropagation();
        current[i]![j] = v;
      });
      field.addEventListener("change", () => {
        if (field.getAttribute("aria-invalid") !== "true") return;
        field.value = String(current[i]![j]);
        field.setAttribute("aria-invalid", "false");
      });
      grid.append(field);
    })
  );
  const message = document.createElement("span");
  message.className = "wb-input-message";
  message.setAttribute("role", "status");
  message.setAttribute("aria-live", "polite");
  form.append(grid, message);
  Object.defineProperty(form, "value", {get: () => current.map((row) => [...row])});
  return form;
}
