package io.cursorkit.benchmarks.baseline;

import java.io.BufferedOutputStream;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.OutputStream;

/** What the baseline programs share: their command line and their standard output. */
final class Baselines {
    /** The stdout buffer of the buffered programs, as large as the runtime's. */
    static final int BUFFER_SIZE = 1 << 16;

    private Baselines() {}

    /** The record count of a program's command line; on bad input, says why and exits with 2. */
    static long recordCountOrExit(String[] args, Class<?> program) {
        try {
            return recordCount(args, program);
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.exit(2);
            throw e; // not reached
        }
    }

    /** The record count, the only argument of every baseline program. */
    static long recordCount(String[] args, Class<?> program) {
        if (args.length != 1) {
            throw usage(program, "expected one argument, found " + args.length);
        }
        try {
            long count = Long.parseLong(args[0]);
            if (count < 0) {
                throw usage(program, "the record count must be >= 0, was " + count);
            }
            return count;
        } catch (NumberFormatException e) {
            throw usage(program, "the record count must be a whole number, was '" + args[0] + "'");
        }
    }

    /** Standard output through one buffer and no {@code PrintStream}. */
    static OutputStream bufferedStdout() {
        return new BufferedOutputStream(new FileOutputStream(FileDescriptor.out), BUFFER_SIZE);
    }

    private static IllegalArgumentException usage(Class<?> program, String problem) {
        return new IllegalArgumentException(
                problem + "; usage: java -cp benchmarks.jar " + program.getName() + " <record count>");
    }
}
