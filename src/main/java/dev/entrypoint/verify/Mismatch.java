package dev.entrypoint.verify;

/**
 * One expectation of a scenario that did not hold: what was expected, and what was observed
 * instead.
 *
 * @param expected the expectation, such as {@code exit code 0}
 * @param observed what happened, such as {@code exit code 1}
 */
public record Mismatch(String expected, String observed) {}
