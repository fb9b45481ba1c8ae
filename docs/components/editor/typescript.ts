// TypeScript for edited ts cells: sucrase removes the types (and nothing else), in its own chunk of the editor bundle.
import {transform} from "sucrase";
import {CellSyntaxError, located} from "./compile.js";

/** Strips TypeScript with sucrase (types only: modern syntax and line numbers are kept); throws CellSyntaxError. */
export function stripTypes(source: string): string {
  try {
    return transform(source, {transforms: ["typescript"], disableESTransforms: true}).code;
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const at = /\((\d+):(\d+)\)$/.exec(message);
    const [line, column] = at ? [Number(at[1]), Number(at[2])] : [undefined, undefined]; // sucrase counts columns from 1
    throw new CellSyntaxError(`TypeScript: ${located(message, line, column)}`, line, column);
  }
}
