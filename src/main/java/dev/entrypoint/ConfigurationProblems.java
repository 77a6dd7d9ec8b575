package dev.entrypoint;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * Collects what is wrong with a configuration, so that a build reports every mistake at once,
 * before it reads or infers anything, instead of one per run.
 */
public final class ConfigurationProblems {

  private final List<String> problems = new ArrayList<>();

  /**
   * The value {@code reading} gives, or {@code fallback} when it throws a {@link
   * ConfigurationException}, whose message is then kept as a problem.
   */
  public <T> T read(Supplier<T> reading, T fallback) {
    try {
      return reading.get();
    } catch (ConfigurationException problem) {
      problems.add(problem.getMessage());
      return fallback;
    }
  }

  /** Keeps {@code problem}, a sentence naming the element at fault and the fix. */
  public void add(String problem) {
    problems.add(problem);
  }

  /** Keeps {@code found}, problems found elsewhere. */
  public void addAll(List<String> found) {
    problems.addAll(found);
  }

  /**
   * Throws when any problem was kept: one problem as it is, several as a numbered list.
   *
   * @throws ConfigurationException naming every problem
   */
  public void throwIfAny() {
    if (problems.size() == 1) {
      throw new ConfigurationException(problems.get(0));
    }
    if (!problems.isEmpty()) {
      StringBuilder message =
          new StringBuilder(problems.size() + " problems in the plugin's configuration:");
      for (int i = 0; i < problems.size(); i++) {
        message.append("\n  ").append(i + 1).append(". ").append(problems.get(i));
      }
      throw new ConfigurationException(message.toString());
    }
  }
}
