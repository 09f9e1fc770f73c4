package io.cursorkit.runtime.internal;

/**
 * The JSON text of a double with few decimals (a price in cents, a rate to four places) without
 * the general algorithm: the same characters as Jackson's shortest-digit writer (Schubfach,
 * {@code NumberOutput.toString(d, true)}) gives, several times faster.
 *
 * <p>Rules: only finite values with {@code 0.001 <= |d| < 10^7} (the range the general writer
 * prints without an exponent) that equal {@code m / 10^k} for an integer {@code m} and
 * {@code k <= MAX_DECIMALS} qualify; {@link #decimals} says which {@code k} (the least), or -1.
 * Why the text is the shortest one: a division of two exactly held doubles ({@code m < 2^53},
 * {@code 10^k}) rounds correctly, so {@code m / 10^k == d} means the decimal {@code m·10^-k}
 * reads back as {@code d}; in this range two neighbouring doubles lie less than {@code 10^-8}
 * apart, so no other decimal with at most {@code MAX_DECIMALS} places reads back as {@code d}, and
 * the least {@code k} gives the fewest digits. {@code ShortDecimalsTest} compares the text with
 * the general writer's on many values of each kind.
 */
final class ShortDecimals {
    /** Decimal places tried at most; more go to the general writer. */
    static final int MAX_DECIMALS = 6;

    /** The longest text written: sign, seven integer digits, point, six decimals. */
    static final int MAX_LENGTH = 15;

    private static final double[] POWERS = {1, 10, 100, 1e3, 1e4, 1e5, 1e6};

    /** The tens and the ones digit of 0 to 99. */
    private static final byte[] TENS = new byte[100];

    private static final byte[] ONES = new byte[100];

    static {
        for (int i = 0; i < 100; i++) {
            TENS[i] = (byte) ('0' + i / 10);
            ONES[i] = (byte) ('0' + i % 10);
        }
    }

    private ShortDecimals() {}

    /** The least number of decimal places {@code d} has, or -1 if it does not qualify (see the class comment). */
    static int decimals(double d) {
        double abs = Math.abs(d);
        if (!(abs >= 1e-3 && abs < 1e7)) {
            return -1; // also NaN
        }
        for (int k = 0; k <= MAX_DECIMALS; k++) {
            double scaled = abs * POWERS[k];
            long m = (long) (scaled + 0.5);
            if ((double) m / POWERS[k] == abs) {
                return k;
            }
        }
        return -1;
    }

    /**
     * Writes {@code d}, which has {@code k} decimals ({@link #decimals}), into {@code out} at
     * {@code at} as ASCII bytes; returns the position after it. {@code out} must have {@link
     * #MAX_LENGTH} bytes free.
     */
    static int write(double d, int k, byte[] out, int at) {
        int pos = at;
        double abs = d;
        if (d < 0) {
            out[pos++] = '-';
            abs = -d;
        }
        // abs is m / 10^k rounded, and m / 10^k is at least a millionth below the next integer: the
        // integer part of abs is m's. No division of longs on this path.
        int whole = (int) abs;
        pos += length(whole);
        digits(whole, out, pos);
        out[pos++] = '.';
        if (k == 0) {
            out[pos++] = '0';
            return pos;
        }
        long m = (long) (abs * POWERS[k] + 0.5);
        int fraction = (int) (m - whole * (long) POWERS[k]);
        pos += k;
        int start = digits(fraction, out, pos);
        while (start > pos - k) {
            out[--start] = '0'; // the fraction's leading zeros
        }
        return pos;
    }

    private static int length(int value) {
        int length = 1;
        for (int bound = 10; length < 10 && value >= bound; bound *= 10) {
            length++;
        }
        return length;
    }

    /** Writes {@code value}'s digits so that they end before {@code end}; returns where they start. */
    private static int digits(int value, byte[] out, int end) {
        int pos = end;
        int rest = value;
        while (rest >= 100) {
            int next = rest / 100;
            int pair = rest - next * 100;
            out[--pos] = ONES[pair];
            out[--pos] = TENS[pair];
            rest = next;
        }
        if (rest >= 10) {
            out[--pos] = ONES[rest];
            out[--pos] = TENS[rest];
        } else if (rest > 0 || pos == end) {
            out[--pos] = (byte) ('0' + rest);
        }
        return pos;
    }
}
