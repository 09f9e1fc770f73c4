package io.cursorkit.benchmarks;

/** The start-up floor: a bare JVM that prints one line, no JSON library loaded. */
public final class Hello {
    private Hello() {}

    public static void main(String[] args) {
        System.out.println("{\"type\":\"LOG\",\"log\":{\"level\":\"INFO\",\"message\":\"hello\"}}");
    }
}
