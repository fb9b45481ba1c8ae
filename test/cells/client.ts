// A port of Framework 1.13.4's page client (dist/client/main.js) for Node: `define` wires a cell into
// @observablehq/runtime with its own `display` and `view`, and display puts values before the cell's placeholder,
// as in the browser. Split as Framework splits it: define, then display (block and inline), then clear.
import {Inspector} from "@observablehq/inspector";
import {Runtime, type Variable} from "@observablehq/runtime";
import {generators, type CellDefinition} from "../../src/site/framework.js";

/** A placeholder comment and the nodes displayed before it (the client's `root._nodes`). */
interface Root {
  comment: Comment;
  nodes: ChildNode[];
}

/** What a defined cell does when it settles: each cell reports once, fulfilled or rejected. */
export interface CellObserver {
  fulfilled(): void;
  rejected(error: unknown): void;
}

/** Variable internals the client uses to give a cell its own `display` and `view` (as Framework's client does). */
type ShadowVariable = Variable & {
  _shadow: Map<string, unknown>;
  _version: number;
  _module: unknown;
  constructor: new (...args: unknown[]) => ShadowVariable;
};

const isNode = (value: unknown): value is Node => value instanceof Node;

function clear(root: Root): void {
  for (const n of root.nodes) n.remove();
  root.nodes.length = 0;
}

function displayNode(root: Root, node: Node): void {
  const parent = root.comment.parentNode!;
  if (node.nodeType === 11) {
    for (let c = node.firstChild; c; c = node.firstChild)
      (root.nodes.push(c as ChildNode), parent.insertBefore(c, root.comment));
  } else {
    (root.nodes.push(node as ChildNode), parent.insertBefore(node, root.comment));
  }
}

function inspect(value: unknown): HTMLElement {
  const div = document.createElement("div");
  new Inspector(div).fulfilled(value);
  return div;
}

/** A block cell's display: nodes as they are, other values through the inspector. */
function displayBlock(root: Root, value: unknown): void {
  displayNode(root, isNode(value) ? value : inspect(value));
}

/** An inline `${…}` display: nodes, or text (iterables item by item). */
function displayInline(root: Root, value: unknown): void {
  if (isNode(value)) return displayNode(root, value);
  if (typeof value === "string" || !(value as Iterable<unknown>)?.[Symbol.iterator]) {
    return displayNode(root, document.createTextNode(String(value)));
  }
  for (const x of value as Iterable<unknown>)
    displayNode(root, isNode(x) ? x : document.createTextNode(String(x)));
}

function displayError(root: Root, error: unknown): void {
  clear(root);
  const div = document.createElement("div");
  new Inspector(div).rejected(error);
  div.classList.add("observablehq--error");
  displayNode(root, div);
}

/** The page's client: one runtime with Framework's builtins as the runner provides them, and `define`. */
export interface Client {
  define(cell: CellDefinition, observer: CellObserver): void;
  dispose(): void;
}

/** A client for the placeholders found in the page (`roots`, by cell id). */
export function createClient(roots: Map<string, Comment>, {width = 640} = {}): Client {
  const Generators = generators();
  const runtime = new Runtime({
    width: () => width,
    now: () => Date.now(),
    dark: () => false,
    resize: () => (render: (width: number, height?: number) => unknown) => render(width),
    FileAttachment: () => () => {
      throw new Error("FileAttachment is not available in the cell runner");
    },
    Generators: () => Generators
  });
  const main = runtime.module();

  function define(cell: CellDefinition, observer: CellObserver): void {
    const {id, mode, inputs = [], outputs = [], body} = cell;
    const comment = roots.get(id);
    if (!comment?.parentNode) throw new Error(`no placeholder for cell ${id}`);
    const root: Root = {comment, nodes: []};
    const v = main.variable(
      {
        fulfilled: () => observer.fulfilled(),
        rejected: (error: unknown) => (displayError(root, error), observer.rejected(error))
      },
      {shadow: {}}
    ) as ShadowVariable;
    if (inputs.includes("display") || inputs.includes("view")) {
      let displayVersion = -1;
      const display = mode === "inline" ? displayInline : displayBlock;
      const vd = new v.constructor(2, v._module);
      vd.define(
        inputs.filter((i) => i !== "display" && i !== "view"),
        () => {
          const version = v._version;
          return (value: unknown) => {
            if (version < displayVersion) throw new Error("stale display");
            if (version > displayVersion) clear(root);
            displayVersion = version;
            display(root, value);
            return value;
          };
        }
      );
      v._shadow.set("display", vd);
      if (inputs.includes("view")) {
        const vv = new v.constructor(2, v._module, null, {shadow: {}});
        vv._shadow.set("display", vd);
        vv.define(
          ["display"],
          (d: (x: unknown) => Element) => (x: unknown) => Generators.input(d(x))
        );
        v._shadow.set("view", vv);
      }
    }
    v.define(outputs.length ? `cell ${id}` : null, inputs, body);
    for (const o of outputs) {
      main
        .variable(true)
        .define(o, [`cell ${id}`], (exports: Record<string, unknown>) => exports[o]);
    }
  }

  return {define, dispose: () => runtime.dispose()};
}
