// Tables for page output: rows of records with numbers right-aligned and formatted, and matrices as grids.
import {formatNumber, type FormatOptions} from "../src/notebook/format.js";

/** A matrix as the library returns it (row-major data) or as nested arrays. */
export type MatrixLike =
  {rows: number; cols: number; data: ArrayLike<number>} | ArrayLike<ArrayLike<number>>;

export interface TableOptions extends FormatOptions {
  /** Columns to show, in order (default: the keys of the first row). */
  columns?: string[];
  /** Header text per column key (default: the key). */
  header?: Record<string, string>;
}

function append(parent: Element, tag: string): HTMLElement {
  return parent.appendChild(document.createElement(tag));
}

function cell(tag: "td" | "th", value: unknown, options: FormatOptions): HTMLElement {
  const el = document.createElement(tag);
  if (typeof value === "number") {
    el.className = "num";
    el.textContent = formatNumber(value, options);
  } else if (value instanceof Node) {
    el.append(value);
  } else {
    el.textContent = value == null ? "" : String(value);
  }
  return el;
}

/**
 * An HTML table of records; numeric cells are formatted (`digits` significant) and right-aligned.
 *   display(numberTable(eckartYoungTable(A, [1, 2, 3]), {columns: ["k", "error"], digits: 3}))
 */
export function numberTable(
  rows: readonly Record<string, unknown>[],
  options: TableOptions = {}
): HTMLTableElement {
  const columns = options.columns ?? Object.keys(rows[0] ?? {});
  const table = document.createElement("table");
  table.className = "num-table";
  const head = append(append(table, "thead"), "tr");
  for (const key of columns) {
    const th = cell("th", options.header?.[key] ?? key, options);
    if (rows.length && typeof rows[0]![key] === "number") th.className = "num";
    head.append(th);
  }
  const body = append(table, "tbody");
  for (const row of rows) {
    const tr = append(body, "tr");
    for (const key of columns) tr.append(cell("td", row[key], options));
  }
  return table;
}

/** Rows of a matrix as nested arrays (accepts the library's Matrix or number[][]). */
export function matrixRows(A: MatrixLike): number[][] {
  if ("data" in A && "rows" in A && "cols" in A) {
    const {rows, cols, data} = A;
    return Array.from({length: rows}, (_, i) =>
      Array.from({length: cols}, (_, j) => data[i * cols + j]!)
    );
  }
  return Array.from(A as ArrayLike<ArrayLike<number>>, (row) => Array.from(row));
}

/** A matrix as a bracketed grid of formatted numbers: display(matrixTable(Q, {digits: 3})). */
export function matrixTable(A: MatrixLike, options: FormatOptions = {}): HTMLTableElement {
  const table = document.createElement("table");
  table.className = "num-table matrix-table";
  const body = append(table, "tbody");
  for (const row of matrixRows(A)) {
    const tr = append(body, "tr");
    for (const x of row) tr.append(cell("td", x, options));
  }
  return table;
}
