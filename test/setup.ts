// Property tests draw from a fixed seed, so every run (and CI) checks the same cases and a failure replays exactly.
// Set FC_SEED to explore other cases locally: FC_SEED=123 npx vitest run --project unit
import fc from "fast-check";

fc.configureGlobal({seed: Number(process.env.FC_SEED ?? 20261127)});
