// Typed access to the NumPy reference draws made by test/fixtures/make_random_fixtures.py.
import {readFileSync} from "node:fs";

export interface StateFixture {
  state: string;
  inc: string;
  hasUint32: boolean;
  uinteger: number;
}

export interface SeedFixture {
  seed: string;
  initialState: StateFixture;
  raw: string[];
  random: number[];
  standardNormal: number[];
  normal: number[];
  uniform: number[];
  matrix: number[];
}

export interface IntegerStep {
  op: "integers" | "random";
  low?: number;
  high?: number | null;
  size?: number | null;
  values: number[];
}

export interface CraftedCase {
  state: string;
  inc: string;
  standardNormal: number[];
  after: string;
}

export interface RandomFixtures {
  numpy: string;
  seeds: SeedFixture[];
  integers: {seed: string; steps: IntegerStep[]; finalState: StateFixture}[];
  crafted: {tail: CraftedCase[]; wedge: CraftedCase[]};
  article: {
    seed: number;
    draws: {shape: number[]; first: number[]; last: number[]; sum: number}[];
    next: number[];
  };
}

export interface StreamFixture {
  seed: string;
  count: number;
  standardNormal: Float64Array;
  afterRaw: string[];
}

const dir = new URL("../fixtures/", import.meta.url);

export const fixtures = JSON.parse(
  readFileSync(new URL("random.json", dir), "utf8")
) as RandomFixtures;

/** The long standard_normal streams, decoded from little-endian float64 base64. */
export function streams(): StreamFixture[] {
  const raw = JSON.parse(readFileSync(new URL("random_streams.json", dir), "utf8")) as {
    streams: {seed: string; count: number; standardNormal: string; afterRaw: string[]}[];
  };
  return raw.streams.map((s) => {
    const bytes = Buffer.from(s.standardNormal, "base64");
    const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    const z = new Float64Array(s.count);
    for (let i = 0; i < s.count; i++) z[i] = view.getFloat64(8 * i, true);
    return {seed: s.seed, count: s.count, standardNormal: z, afterRaw: s.afterRaw};
  });
}

/** Distance in units in the last place between two finite doubles (0 when bit-identical). */
export function ulpDistance(a: number, b: number): number {
  const bits = new BigInt64Array(new Float64Array([a, b]).buffer);
  const key = (x: bigint) => (x < 0n ? -(x & 0x7fffffffffffffffn) : x);
  const d = key(bits[0]!) - key(bits[1]!);
  return Number(d < 0n ? -d : d);
}
