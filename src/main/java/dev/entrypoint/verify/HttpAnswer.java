package dev.entrypoint.verify;

/**
 * How a container answered an {@link HttpExpectation}: whether it gave the expected answer, and
 * what it did, such as {@code answered 200: Hello} or {@code exited with code 1 before answering}.
 *
 * @param accepted whether the answer was the expected one
 * @param description what happened, for the report
 */
record HttpAnswer(boolean accepted, String description) {}
