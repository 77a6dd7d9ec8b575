package dev.entrypoint.dockerfile;

/**
 * A parser directive from the top of a Dockerfile, such as {@code # escape=`} or {@code #
 * syntax=docker/dockerfile:1}; the name is lower case, the value as written.
 */
public record Directive(String name, String value, int line) {

  @Override
  public String toString() {
    return "line " + line + ": # " + name + "=" + value;
  }
}
