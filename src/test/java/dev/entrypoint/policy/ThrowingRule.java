package dev.entrypoint.policy;

/**
 * A rule with a bug: it throws {@link IndexOutOfBoundsException}, as a read past the end of a list
 * would; optionally it reports a finding first. The exception is thrown explicitly: one the JIT
 * raises for a hot {@code List.get} may carry no message and no stack trace.
 */
final class ThrowingRule extends Rule implements DockerfileRule {

  private final String reportedFirst;

  /** A rule {@code throwing-rule} that throws and reports nothing first. */
  ThrowingRule() {
    this(null);
  }

  /** A rule that reports {@code reportedFirst} (unless null) on the input, then throws. */
  ThrowingRule(String reportedFirst) {
    super("throwing-rule", "Throwing", Severity.ERROR, "Throws.");
    this.reportedFirst = reportedFirst;
  }

  @Override
  public void check(DockerfileInput input, FindingSink findings) {
    if (reportedFirst != null) {
      findings.report(input.location(), reportedFirst);
    }
    throw new IndexOutOfBoundsException("Index 0 out of bounds for length 0");
  }
}
