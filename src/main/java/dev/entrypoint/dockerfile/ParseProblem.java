package dev.entrypoint.dockerfile;

/** Why Docker would refuse to build a Dockerfile, and the line at fault. */
public record ParseProblem(int line, String message) {

  @Override
  public String toString() {
    return "line " + line + ": " + message;
  }
}
