package dev.entrypoint;

/** Where the plain-Java core reports progress; a Mojo routes it to Maven's log. */
public interface BuildLog {

  /** A line every user sees: progress of long work, results. */
  void info(String message);

  /** Something the user should act on, though the build goes on. */
  void warn(String message);

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
