/** A source of random numbers in [0, 1). */
export type RandomSource = () => number;

/** A seeded pseudo-random source (mulberry32): the same seed gives the same sequence. */
export function seededRandom(seed: number): RandomSource {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A version 4 UUID drawn from a random source. */
export function uuidFrom(random: RandomSource): () => string {
  return () => {
    const bytes: number[] = [];
    for (let i = 0; i < 16; i++) bytes.push(Math.floor(random() * 256) & 0xff);
    bytes[6] = (bytes[6] & 0x0f) | 0x40;
    bytes[8] = (bytes[8] & 0x3f) | 0x80;
    const hex = bytes.map((b) => b.toString(16).padStart(2, '0')).join('');
    return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
  };
}

const MULTIPLIER = 0x5deece66dn;
const MASK = (1n << 48n) - 1n;

/**
 * The first `nextInt(bound)` of a `java.util.Random` seeded with `seed` — what a seeded States.MathRandom draws
 * on a JVM, so a seeded call gives the same number for the same seed.
 */
export function javaRandomInt(seed: number, bound: number): number {
  let state = (BigInt(seed) ^ MULTIPLIER) & MASK;
  const next = (bits: number): number => {
    state = (state * MULTIPLIER + 0xbn) & MASK;
    return Number(state >> BigInt(48 - bits)); // bits <= 31: never negative
  };
  if ((bound & -bound) === bound) return Number((BigInt(bound) * BigInt(next(31))) >> 31n);
  for (;;) {
    const bits = next(31);
    const val = bits % bound;
    if (bits - val + (bound - 1) < 2 ** 31) return val;
  }
}

/** The first `nextDouble()` of a `java.util.Random` seeded with `seed` (a seeded `$random(seed)`). */
export function javaRandomDouble(seed: number): number {
  let state = (BigInt(seed) ^ MULTIPLIER) & MASK;
  const next = (bits: number): number => {
    state = (state * MULTIPLIER + 0xbn) & MASK;
    return Number(state >> BigInt(48 - bits));
  };
  const high = next(26);
  const low = next(27);
  return (high * 2 ** 27 + low) * 2 ** -53;
}
