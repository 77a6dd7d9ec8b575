package dev.entrypoint.dockerfile;

/**
 * A comment line: {@code text} is what follows {@code #}, trimmed. Docker knows only whole-line
 * comments; a {@code #} after an instruction is part of its arguments.
 */
public record Comment(int line, String text) {

  @Override
  public String toString() {
    return "line " + line + ": # " + text;
  }
}
