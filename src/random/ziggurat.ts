// Ziggurat normal sampler (Marsaglia & Tsang 2000, "The Ziggurat Method for Generating Random Variables"), 256 levels, as NumPy's Generator.standard_normal.
import type {PCG64} from "./pcg64.js";
import {FI, KI, WI, ZIGGURAT_INV_R, ZIGGURAT_R} from "./zigguratTables.js";

/**
 * One standard normal draw, consuming 64-bit words exactly as NumPy does: one word picks the strip
 * (low 8 bits), the sign (bit 8) and a 52-bit magnitude (bits 9–60); rejected wedge and tail draws
 * consume extra uniforms.
 */
export function standardNormalDraw(bg: PCG64): number {
  for (;;) {
    bg.step();
    const hi = bg.hi;
    const lo = bg.lo;
    const idx = lo & 0xff;
    const rabs = (hi & 0x1fffffff) * 8388608 + (lo >>> 9);
    const x = lo & 0x100 ? -(rabs * WI[idx]!) : rabs * WI[idx]!;
    if (rabs < KI[idx]!) return x;
    if (idx === 0) {
      // Tail beyond r, by Marsaglia's exponential rejection; the sign is bit 8 of rabs. V8's Math.log1p
      // differs from glibc's (NumPy's) in the last bit for ~0.07% of arguments; about 5% of those change
      // the sample by 1 ulp, so roughly 1e-8 of all draws (none in 2·10^7 draws compared).
      for (;;) {
        const xx = -ZIGGURAT_INV_R * Math.log1p(-bg.nextDouble());
        const yy = -Math.log1p(-bg.nextDouble());
        if (yy + yy > xx * xx) return (lo >>> 17) & 1 ? -(ZIGGURAT_R + xx) : ZIGGURAT_R + xx;
      }
    }
    if ((FI[idx - 1]! - FI[idx]!) * bg.nextDouble() + FI[idx]! < Math.exp(-0.5 * x * x)) return x;
  }
}
