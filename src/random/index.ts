// numpy.random in TypeScript: default_rng and the pieces it is built from.
export {defaultRng, Generator, type Size, type Drawn} from "./generator.js";
export {PCG64, type PCG64State} from "./pcg64.js";
export {generateState, seedPool, seedWords, type Seed} from "./seedSequence.js";
export {standardNormalDraw} from "./ziggurat.js";
export {boundedUint32, boundedUint64} from "./bounded.js";
