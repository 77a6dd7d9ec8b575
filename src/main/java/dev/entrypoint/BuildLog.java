package dev.entrypoint;

/** Where the plain-Java core reports progress; a Mojo routes it to Maven's log. */
public interface BuildLog {

  /** A line every user sees: progress of long work, results. */
  void info(String message);

  /** Something the user should act on, though the build goes on. */
  void warn(String message);

  /** A failure the user must act on, such as a finding that fails the build; a warning here. */
  default void error(String message) {
    warn(message);
  }

  /** Detail for {@code mvn -X}. */
  void debug(String message);

  /** A log that drops everything, for callers that want no output. */
  static BuildLog silent() {
    return new BuildLog() {
      @Override
      public void info(String message) {}

      @Override
      public void warn(String message) {}

      @Override
      public void debug(String message) {}
    };
  }
}
