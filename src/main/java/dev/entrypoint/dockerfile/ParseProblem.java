package dev.entrypoint.dockerfile;

import dev.entrypoint.Excerpt;

/**
 * Why Docker would refuse to build a Dockerfile, and the line at fault. The message quotes the file
 * only as an {@link Excerpt}: no raw bytes of a binary file, no 60 KB expression in full.
 */
public record ParseProblem(int line, String message) {

  /** Makes the message safe to print. */
  public ParseProblem {
    message = Excerpt.of(message);
  }

  /**
   * What this means for the file, in the words {@code check}'s {@code dockerfile-does-not-build}
   * rule and {@code explain} both use: {@code 'docker build' fails on this line: ...}.
   */
  public String refusal() {
    return "'docker build' fails on this line: " + message + ".";
  }

  @Override
  public String toString() {
    return "line " + line + ": " + message;
  }
}
