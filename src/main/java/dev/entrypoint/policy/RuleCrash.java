package dev.entrypoint.policy;

import java.util.Arrays;
import java.util.Objects;
import java.util.Optional;

/**
 * A rule that threw on an input instead of finishing: an internal error of the plugin, not a
 * finding about the input. It is reported apart from the findings, never counts toward {@code
 * failOn}, cannot be suppressed, and fails the build as the plugin's own failure; what the rule
 * reported on that input before it threw is dropped, since its verdict there is unknown.
 *
 * @param ruleId the rule that threw
 * @param path the input it threw on, relative to where the build runs
 * @param exception what it threw and where from: {@code java.lang.IllegalStateException: bug (at
 *     dev.entrypoint.policy.rules.RunsAsRoot.check(RunsAsRoot.java:42))}
 */
public record RuleCrash(String ruleId, String path, String exception) {

  public RuleCrash {
    Objects.requireNonNull(ruleId, "ruleId");
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(exception, "exception");
  }

  /**
   * Rule {@code ruleId} threw {@code thrown} on the input at {@code path}; the place named is the
   * plugin's innermost frame, since the JDK throws many exceptions from its own code.
   */
  static RuleCrash of(String ruleId, String path, Throwable thrown) {
    Optional<StackTraceElement> where =
        Arrays.stream(thrown.getStackTrace())
            .filter(frame -> frame.getClassName().startsWith("dev.entrypoint."))
            .findFirst();
    return new RuleCrash(
        ruleId, path, thrown + where.map(frame -> " (at " + frame + ")").orElse(""));
  }

  /** {@code rule runs-as-root threw on app/Dockerfile: java.lang.IllegalStateException: bug}. */
  @Override
  public String toString() {
    return "rule " + ruleId + " threw on " + path + ": " + exception;
  }
}
