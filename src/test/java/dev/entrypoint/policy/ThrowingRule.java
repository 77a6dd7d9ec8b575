package dev.entrypoint.policy;

import java.util.List;

/**
 * A rule with a bug: it reads past the end of a list, so the JDK throws {@link
 * IndexOutOfBoundsException} from its own code; optionally it reports a finding first.
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
    List<String> none = List.of();
    findings.report(input.location(), none.get(0));
  }
}
