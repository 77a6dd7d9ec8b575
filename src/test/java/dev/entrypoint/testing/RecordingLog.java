package dev.entrypoint.testing;

import dev.entrypoint.BuildLog;
import java.util.ArrayList;
import java.util.List;

/** A {@link BuildLog} that keeps what it was told, for tests to assert on. */
public final class RecordingLog implements BuildLog {

  private final List<String> lines = new ArrayList<>();

  @Override
  public synchronized void info(String message) {
    lines.add("INFO " + message);
  }

  @Override
  public synchronized void warn(String message) {
    lines.add("WARN " + message);
  }

  @Override
  public synchronized void debug(String message) {
    lines.add("DEBUG " + message);
  }

  /** Everything logged so far, each line prefixed with its level. */
  public synchronized List<String> lines() {
    return List.copyOf(lines);
  }

  /** Everything logged so far as one text. */
  public synchronized String text() {
    return String.join("\n", lines);
  }
}
