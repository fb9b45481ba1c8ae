// Kernel path: the WASM SIMD kernels (wasm/assembly/kernels.ts, embedded by wasm/binary.ts) where the host
// validates fixed-width SIMD, the pure TypeScript loops otherwise; and the scratch arena in the kernels' memory.
import {KERNELS_WASM_BASE64} from "./wasm/binary.js";

export type KernelPath = "wasm" | "ts";

/** The exports of the kernels module; pointers are byte offsets into `memory`. */
export interface WasmKernels {
  memory: WebAssembly.Memory;
  heapBase(): number;
  gemmNT(
    m: number,
    n: number,
    K: number,
    pa: number,
    lda: number,
    pb: number,
    ldb: number,
    pc: number,
    ldc: number
  ): void;
  rowDots(
    pw: number,
    n: number,
    r0: number,
    r1: number,
    c0: number,
    width: number,
    pu: number,
    pout: number,
    ld: number,
    at: number
  ): void;
  accumulateRows(
    pw: number,
    n: number,
    r0: number,
    r1: number,
    col: number,
    c0: number,
    width: number,
    pacc: number
  ): void;
  rotateSequence(
    pw: number,
    rows: number,
    stride: number,
    col0: number,
    pc: number,
    ps: number,
    count: number
  ): void;
  rotateSequencePair(
    pw: number,
    rows: number,
    stride: number,
    col0: number,
    pc1: number,
    ps1: number,
    pc2: number,
    ps2: number,
    count: number
  ): void;
}

/** The smallest module that uses an f64x2 instruction: (func (result v128) f64x2.splat (f64.const 0)). */
const SIMD_PROBE = Uint8Array.of(
  0,
  97,
  115,
  109,
  1,
  0,
  0,
  0,
  1,
  5,
  1,
  96,
  0,
  1,
  123,
  3,
  2,
  1,
  0,
  10,
  15,
  1,
  13,
  0,
  68,
  0,
  0,
  0,
  0,
  0,
  0,
  0,
  0,
  253,
  20,
  11
);

function compile(): WebAssembly.Module | null {
  if (typeof WebAssembly !== "object" || !WebAssembly.validate(SIMD_PROBE)) return null;
  const bin = atob(KERNELS_WASM_BASE64);
  const bytes = new Uint8Array(bin.length);
  for (let i = 0; i < bin.length; i++) bytes[i] = bin.charCodeAt(i);
  try {
    return new WebAssembly.Module(bytes);
  } catch {
    return null; // e.g. a host that refuses synchronous compilation: the TypeScript path serves
  }
}

function instantiate(module: WebAssembly.Module | null): WasmKernels | null {
  if (!module) return null;
  const abort = () => {
    throw new Error("linalg WASM kernels: abort");
  };
  try {
    return new WebAssembly.Instance(module, {env: {abort}}).exports as unknown as WasmKernels;
  } catch {
    return null;
  }
}

/** The compiled module, kept so that a fresh instance (fresh memory) can replace a grown one. */
const compiled = compile();
let loaded: WasmKernels | null = instantiate(compiled);
const envPath = typeof process === "object" ? process.env?.LINALG_KERNELS : undefined;
let active: WasmKernels | null = envPath === "ts" ? null : loaded;

/** Which kernels run: "wasm" (SIMD) by default where the host supports it, else "ts". */
export function getKernelPath(): KernelPath {
  return active ? "wasm" : "ts";
}

/** The paths this host can run: always "ts", and "wasm" where WebAssembly SIMD validates. */
export function kernelPaths(): KernelPath[] {
  return loaded ? ["wasm", "ts"] : ["ts"];
}

/**
 * Choose the kernels (both give the same results to round-off). "wasm" throws where the host lacks
 * WebAssembly SIMD. The environment variable LINALG_KERNELS=ts selects "ts" at load.
 */
export function setKernelPath(path: KernelPath): void {
  if (path !== "wasm" && path !== "ts")
    throw new TypeError(`setKernelPath: "wasm" or "ts", got ${String(path)}`);
  if (path === "wasm" && !loaded)
    throw new Error("setKernelPath: this host has no WebAssembly SIMD");
  active = path === "wasm" ? loaded : null;
}

/** The kernels when the WASM path is on and every array lives in their memory (so they work in place); else null. */
export function wasmFor(...arrays: Float64Array[]): WasmKernels | null {
  if (!active) return null;
  const buffer = active.memory.buffer;
  for (const a of arrays) if (a.buffer !== buffer) return null;
  return active;
}

/** Byte address of a[offset] in the kernels' memory. */
export function addr(a: Float64Array, offset = 0): number {
  return a.byteOffset + 8 * offset;
}

// Scratch arena: a stack of doubles above heapBase. The memory grows only while nothing is allocated
// (growing detaches every view of the old buffer), so a view handed out stays valid until released.
// WebAssembly memory never shrinks: once a job has grown it past RELEASE_BYTES, the outermost
// withScratch's return swaps in a fresh instance of the module, and the old memory is garbage.
const base = loaded ? (loaded.heapBase() + 15) & ~15 : 0;
let top = base;
/** The kernels' memory is given back when nothing is live and it has grown past this many bytes. */
export const RELEASE_BYTES = 32 * 2 ** 20;
/** Nesting depth of withScratch: outside it, scratch hands out plain arrays (nothing would release them). */
let depth = 0;

/**
 * Zeroed doubles for a workspace: a view into the kernels' memory when the WASM path is on and room is
 * left inside withScratch, else a plain Float64Array. Valid until the enclosing withScratch returns.
 */
export function scratch(length: number): Float64Array {
  if (active && depth > 0) {
    const bytes = (8 * length + 15) & ~15;
    if (top + bytes <= active.memory.buffer.byteLength) {
      const view = new Float64Array(active.memory.buffer, top, length);
      top += bytes;
      view.fill(0);
      return view;
    }
  }
  return new Float64Array(length);
}

/**
 * Run `fn` with room for about `doubles` scratch doubles reserved (grown now if nothing else is live),
 * and release whatever `fn` allocated when it returns. Results must be copied out of scratch views.
 */
export function withScratch<T>(doubles: number, fn: () => T): T {
  const mark = top;
  if (active && mark === base) {
    const need = base + 8 * doubles + 16 * 64 - active.memory.buffer.byteLength;
    try {
      if (need > 0) active.memory.grow(Math.ceil(need / 65536));
    } catch {
      // Out of address space: scratch hands out plain arrays and the TypeScript loops serve.
    }
  }
  depth++;
  try {
    return fn();
  } finally {
    depth--;
    top = mark;
    if (depth === 0) release();
  }
}

/** Replace grown kernels by a fresh instance (same module, memory at its initial size). */
function release(): void {
  if (!loaded || loaded.memory.buffer.byteLength <= RELEASE_BYTES) return;
  const fresh = instantiate(compiled);
  if (!fresh) return;
  if (active) active = fresh;
  loaded = fresh;
}

/** Bytes of the kernels' memory (0 on a host without the WASM kernels). */
export function kernelMemoryBytes(): number {
  return loaded ? loaded.memory.buffer.byteLength : 0;
}
