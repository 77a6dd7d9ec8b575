package dev.entrypoint.process;

import dev.entrypoint.launch.Argv;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * One process to run: its argument list (never a shell line), the variables added to the inherited
 * environment, and how long it may take.
 *
 * <p>{@link #toString()} is safe to log: it shows environment variable names but not their values,
 * and masks the value of every {@code -e NAME=VALUE} option.
 */
public record Command(List<String> argv, Map<String, String> environment, Duration timeout) {

  /** Copies its arguments; {@code argv} must name a program. */
  public Command {
    argv = List.copyOf(argv);
    environment = Map.copyOf(environment);
    Objects.requireNonNull(timeout, "timeout");
    if (argv.isEmpty()) {
      throw new IllegalArgumentException("a command needs a program to run");
    }
  }

  /** The program, the first element of {@link #argv()}. */
  public String program() {
    return argv.get(0);
  }

  @Override
  public String toString() {
    List<String> shown = new ArrayList<>(argv.size());
    for (int i = 0; i < argv.size(); i++) {
      boolean isEnvValue =
          i > 0 && (argv.get(i - 1).equals("-e") || argv.get(i - 1).equals("--env"));
      shown.add(isEnvValue ? maskedAssignment(argv.get(i)) : argv.get(i));
    }
    String line = Argv.shellQuoted(shown);
    return environment.isEmpty() ? line : new TreeMap<>(environment).keySet() + " set; " + line;
  }

  private static String maskedAssignment(String assignment) {
    int equals = assignment.indexOf('=');
    return equals < 0 ? assignment : assignment.substring(0, equals + 1) + "***";
  }
}
