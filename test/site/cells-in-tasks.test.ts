// cellsInTasks (src/site/framework.ts) on the Observable runtime Framework's client uses: a
// cell body starts only when its task comes, bodies run in the order the runtime runs them
// without it, a body whose cell re-ran while it waited never runs, generators still stream,
// and variables that are not cells are left alone.
import {Runtime} from "@observablehq/runtime";
import {afterAll, beforeAll, describe, expect, it} from "vitest";
import {cellsInTasks} from "../../src/site/framework.js";

/** Tasks the test releases by hand, in order. */
const queue: (() => void)[] = [];
const nextTask = (): Promise<void> => new Promise((resolve) => queue.push(resolve));
const runTasks = async (): Promise<void> => {
  for (let i = 0; i < 100; i++) {
    await new Promise((resolve) => setTimeout(resolve, 5)); // the runtime computes on its next turn
    const task = queue.shift();
    if (!task) return;
    task();
  }
};

/** The client's observer for a cell: it carries the cell's node. */
const cellObserver = (values: unknown[]) => ({
  _node: {},
  fulfilled: (v: unknown) => void values.push(v),
  rejected: (e: unknown) => void values.push(e)
});

const proto = Object.getPrototypeOf(new Runtime().module().variable()) as Record<
  string | symbol,
  unknown
>;
const original = proto.define;

/** Three cells: a and c need nothing, b needs a. Returns the order their bodies ran in. */
function threeCells(values: unknown[]): string[] {
  const module = new Runtime().module();
  const ran: string[] = [];
  module.variable(cellObserver(values)).define("a", [], () => (ran.push("a"), 1));
  module.variable(cellObserver(values)).define("b", ["a"], (a: number) => (ran.push("b"), a + 1));
  module.variable(cellObserver(values)).define("c", [], () => (ran.push("c"), 10));
  return ran;
}

/** The order the runtime itself runs the three cells in (before cellsInTasks). */
let runtimeOrder: string[] = [];

beforeAll(async () => {
  runtimeOrder = threeCells([]);
  await new Promise((resolve) => setTimeout(resolve, 20));
  cellsInTasks(Runtime, nextTask);
});
afterAll(() => {
  proto.define = original; // the runtime module is shared with other test files in this process
  delete proto[Symbol.for("workbook.cellsInTasks")];
});

describe("cellsInTasks", () => {
  it("starts each cell body in its own task, in the order the runtime runs them", async () => {
    const values: unknown[] = [];
    const ran = threeCells(values);
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(ran).toEqual([]); // computed, but no body has run: each waits for its task
    expect(queue).toHaveLength(2); // a and c are ready; b waits for a's value
    await runTasks();
    expect(runtimeOrder).toHaveLength(3);
    expect(ran).toEqual(runtimeOrder);
    expect([...values].sort((x, y) => Number(x) - Number(y))).toEqual([1, 2, 10]);
  });

  it("leaves variables that are not cells (outputs, builtins) to run at once", async () => {
    const module = new Runtime().module();
    const values: unknown[] = [];
    module.variable({fulfilled: (v: unknown) => void values.push(v)}).define("x", [], () => 3);
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(values).toEqual([3]);
    expect(queue).toHaveLength(0);
  });

  it("never runs a body whose cell re-ran while it waited", async () => {
    const module = new Runtime().module();
    const ran: number[] = [];
    const values: unknown[] = [];
    const input = module.variable(true).define("n", [], 1);
    module
      .variable(cellObserver(values))
      .define("twice", ["n"], (n: number) => (ran.push(n), 2 * n));
    await new Promise((resolve) => setTimeout(resolve, 20));
    input.define("n", [], 5); // the reader changes the input before the first body's task came
    await runTasks();
    expect(ran).toEqual([5]);
    expect(values).toEqual([10]);
  });

  it("keeps generators streaming", async () => {
    const module = new Runtime().module();
    const values: unknown[] = [];
    module.variable(cellObserver(values)).define("g", [], function* () {
      yield "first";
      yield "second";
    });
    await runTasks();
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(values.slice(0, 2)).toEqual(["first", "second"]);
  });
});
