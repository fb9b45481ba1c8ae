// The settings form of Derivations 7: the seed, sizes, noise levels and step of the source's
// script, applied only when the reader presses Run (a run redoes every factorisation in it).
import {integerInput, range, seedInput} from "./inputs.js";

/** What the script depends on: its seed, sizes, noise levels and finite-difference step. */
export interface ScriptSettings {
  seed: number;
  /** Ranks k of the Eckart–Young table, ascending, each at most min(m, n). */
  ks: number[];
  m: number;
  n: number;
  /** Standard deviation of the noise added to the rank-10 signal. */
  noise: number;
  lsM: number;
  /** Columns of the least-squares matrix, at most lsM. */
  lsN: number;
  /** Standard deviation of the noise added to b = A x_true. */
  lsNoise: number;
  /** Step of the central differences. */
  eps: number;
}

/** The script's own settings. */
export const sourceSettings: Readonly<ScriptSettings> = Object.freeze({
  seed: 42,
  ks: [1, 5, 10, 20],
  m: 100,
  n: 80,
  noise: 0.5,
  lsM: 100,
  lsN: 10,
  lsNoise: 0.1,
  eps: 1e-7
});

/** Whether `o` is the script's own settings (the NumPy printout applies only there). */
export function isSourceSettings(o: ScriptSettings): boolean {
  const s = sourceSettings;
  const same = (Object.keys(s) as (keyof ScriptSettings)[]).filter((k) => k !== "ks");
  return same.every((k) => o[k] === s[k]) && o.ks.join() === s.ks.join();
}

/**
 * Settings as the script can run them: ks sorted and within min(m, n) (k = 1 when none is left),
 * lsN at most lsM.
 */
export function normalizeSettings(o: ScriptSettings): ScriptSettings {
  const kMax = Math.min(o.m, o.n);
  const ks = [...o.ks].filter((k) => k <= kMax).sort((a, b) => a - b);
  return {...o, ks: ks.length > 0 ? ks : [1], lsN: Math.min(o.lsN, o.lsM)};
}

function element<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  text = ""
): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  el.textContent = text;
  return el;
}

/** A group of checkboxes, one per rank; `read()` gives the ticked ranks. */
function rankBoxes(all: readonly number[], ticked: readonly number[]) {
  const group = element("fieldset");
  group.className = "script-settings-ranks";
  group.style.cssText =
    "border: none; margin: 13px 0; padding: 0; font: 13px/1.2 var(--sans-serif);";
  const legend = element("legend", "ranks k");
  legend.style.cssText = "float: left; width: 126.5px; padding: 0;";
  group.append(legend);
  const boxes = all.map((k) => {
    const label = element("label");
    const box = element("input");
    box.type = "checkbox";
    box.checked = ticked.includes(k);
    label.append(box, ` ${k}`);
    group.append(label);
    return {k, box};
  });
  return {group, read: () => boxes.filter((b) => b.box.checked).map((b) => b.k)};
}

/** A labelled drop-down of numbers, laid out as the number inputs are; `read()` gives the choice. */
let selects = 0;
function choice(label: string, values: readonly number[], value: number) {
  const wrap = element("form");
  wrap.className = "wb-input";
  wrap.addEventListener("submit", (event) => event.preventDefault());
  const id = `script-settings-select-${++selects}`;
  const caption = element("label", label);
  caption.htmlFor = id;
  const row = element("div");
  row.className = "wb-input-row";
  const select = element("select");
  select.id = id;
  for (const v of values) {
    const option = element("option", String(v));
    option.value = String(v);
    option.selected = v === value;
    select.append(option);
  }
  row.append(select);
  wrap.append(caption, row);
  return {wrap, read: () => Number(select.value)};
}

/**
 * The form and a Run button; `value` (for view()) changes only when Run is pressed, so editing a
 * field never reruns the script. Its initial value is the script's own settings.
 */
export function scriptSettings(): HTMLElement & {value: ScriptSettings} {
  const s = sourceSettings;
  const seed = seedInput({value: s.seed});
  const ks = rankBoxes([1, 2, 5, 10, 15, 20, 40], s.ks);
  const m = range([20, 200], {step: 1, value: s.m, label: "Eckart–Young rows m"});
  const n = range([20, 200], {step: 1, value: s.n, label: "Eckart–Young columns n"});
  const noise = range([0, 2], {step: 0.05, value: s.noise, label: "Eckart–Young noise"});
  const lsM = range([10, 400], {step: 1, value: s.lsM, label: "least-squares rows"});
  const lsN = integerInput({
    min: 1,
    max: 10,
    value: s.lsN,
    label: "least-squares columns (≤ rows)"
  });
  const lsNoise = choice("least-squares noise", [0, 1e-6, 1e-3, 0.1, 1], s.lsNoise);
  const eps = choice("gradient-check ε", [1e-9, 1e-7, 1e-5, 1e-3], s.eps);
  const run = element("button", "Run the script with these settings");
  run.type = "button";
  const panel = element("div") as HTMLDivElement & {value: ScriptSettings};
  panel.className = "script-settings";
  panel.value = {...s, ks: [...s.ks]};
  const fields = element("div");
  fields.append(seed, ks.group, m, n, noise, lsM, lsN, lsNoise.wrap, eps.wrap);
  fields.addEventListener("input", (event) => event.stopPropagation()); // editing: no rerun
  run.addEventListener("click", () => {
    panel.value = normalizeSettings({
      seed: seed.value,
      ks: ks.read(),
      m: m.value,
      n: n.value,
      noise: noise.value,
      lsM: lsM.value,
      lsN: lsN.value,
      lsNoise: lsNoise.read(),
      eps: eps.read()
    });
    panel.dispatchEvent(new Event("input", {bubbles: true}));
  });
  panel.append(fields, run);
  return panel;
}
