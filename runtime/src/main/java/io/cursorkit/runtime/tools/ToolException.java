package io.cursorkit.runtime.tools;

/** A problem the user can fix, with the exit status it ends the tool with. */
final class ToolException extends Exception {
    private static final long serialVersionUID = 1L;

    /** Exit status of bad input: a file that cannot be read or does not hold what it should. */
    static final int INPUT = 1;

    /** Exit status of a bad command line. */
    static final int USAGE = 2;

    private final int status;

    private ToolException(int status, String message) {
        super(message);
        this.status = status;
    }

    static ToolException input(String message) {
        return new ToolException(INPUT, message);
    }

    static ToolException usage(String message) {
        return new ToolException(USAGE, message);
    }

    int status() {
        return status;
    }
}
