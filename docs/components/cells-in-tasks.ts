// Loaded in every page's head, before the page's module script: each cell body runs in a task of
// its own, after the first paint, not all of a page's cells in one long task before it
// (cellsInTasks in src/site/framework.ts).
import {Runtime} from "npm:@observablehq/runtime"; // Framework serves its client's runtime by this name
import {cellsInTasks} from "../src/site/framework.js";
import {nextTask} from "./later.js";

cellsInTasks(Runtime, nextTask);
