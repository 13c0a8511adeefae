package dev.mentorlens.sampledata;

import java.util.SplittableRandom;

/**
 * Randomness derived from (seed, stream, a, b) rather than drawn from one shared generator, so
 * that every entity can replay its own choices in any pass and the output does not depend on
 * the order in which the generator visits things.
 */
final class Rand {

    private Rand() {
    }

    static SplittableRandom of(long seed, long stream, long a, long b) {
        return new SplittableRandom(mix(mix(mix(seed, stream), a), b));
    }

    static long mix(long h, long v) {
        long z = h + 0x9E3779B97F4A7C15L + v * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    static int weighted(SplittableRandom r, int[] weights) {
        int total = 0;
        for (int w : weights) {
            total += w;
        }
        int x = r.nextInt(total);
        for (int i = 0; i < weights.length; i++) {
            x -= weights[i];
            if (x < 0) {
                return i;
            }
        }
        return weights.length - 1;
    }

    static boolean chance(SplittableRandom r, double p) {
        return r.nextDouble() < p;
    }

    /** Fisher-Yates on the first {@code k} positions only. */
    static void partialShuffle(int[] a, int length, int k, SplittableRandom r) {
        for (int i = 0; i < Math.min(k, length); i++) {
            int j = i + r.nextInt(length - i);
            int t = a[i];
            a[i] = a[j];
            a[j] = t;
        }
    }
}
