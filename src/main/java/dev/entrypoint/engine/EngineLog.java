package dev.entrypoint.engine;

import java.util.function.Consumer;

/**
 * Where the engine driver reports what it does, so a Mojo can route it to Maven's log. Lines never
 * hold credentials or environment values.
 */
public interface EngineLog {

  /** Every engine command and its outcome. */
  void debug(String line);

  /** Something went wrong that does not stop the build, such as a container that could not be removed. */
  void warn(String line);

  /** A log that drops every line. */
  static EngineLog silent() {
    return of(line -> {}, line -> {});
  }

  /** A log that sends debug and warning lines to the given consumers, for example Maven's log. */
  static EngineLog of(Consumer<String> debug, Consumer<String> warn) {
    return new EngineLog() {
      @Override
      public void debug(String line) {
        debug.accept(line);
      }

      @Override
      public void warn(String line) {
        warn.accept(line);
      }
    };
  }
}
