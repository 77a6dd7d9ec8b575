package dev.entrypoint.policy.rules;

import dev.entrypoint.dockerfile.Instruction;
import dev.entrypoint.dockerfile.Keyword;
import dev.entrypoint.policy.DockerfileInput;
import dev.entrypoint.policy.DockerfileRule;
import dev.entrypoint.policy.FindingSink;
import dev.entrypoint.policy.ImageInput;
import dev.entrypoint.policy.ImageRule;
import dev.entrypoint.policy.Rule;
import dev.entrypoint.policy.Severity;
import java.math.BigInteger;
import java.util.regex.Pattern;

/** An exposed port outside 0-65535, such as {@code EXPOSE 80800}. */
public final class ExposePortOutOfRange extends Rule implements DockerfileRule, ImageRule {

  private static final Pattern DIGITS = Pattern.compile("[0-9]+");
  private static final BigInteger MAX_PORT = BigInteger.valueOf(65535);

  public ExposePortOutOfRange() {
    super(
        "expose-port-out-of-range",
        "Exposed port out of range",
        Severity.ERROR,
        "A TCP or UDP port is a number from 0 to 65535; Docker refuses to build or run with any"
            + " other.");
  }

  @Override
  public void check(DockerfileInput input, FindingSink findings) {
    for (Instruction expose : input.dockerfile().instructions()) {
      if (expose.is(Keyword.EXPOSE)) {
        for (String spec : expose.words()) {
          if (outOfRange(spec)) {
            findings.report(input.at(expose), "EXPOSE " + spec + message());
          }
        }
      }
    }
  }

  @Override
  public void check(ImageInput image, FindingSink findings) {
    String subject =
        image.origin() == ImageInput.Origin.DECLARED
            ? "<container><ports> holds "
            : "The image exposes ";
    for (String spec : image.exposedPorts()) {
      if (outOfRange(spec)) {
        findings.report(image.location(), subject + spec + message());
      }
    }
  }

  private static String message() {
    return " names a port outside 0-65535, which Docker refuses (\"invalid containerPort\"):"
        + " nothing can listen on it. Use the port the program listens on, from 1 to 65535.";
  }

  /**
   * Whether a port spec ({@code 8080}, {@code 53/udp}, {@code 8000-8010}) holds a port over 65535.
   */
  static boolean outOfRange(String spec) {
    if (spec.contains("$")) {
      return false;
    }
    String ports = spec.substring(spec.lastIndexOf(':') + 1);
    int slash = ports.indexOf('/');
    ports = slash < 0 ? ports : ports.substring(0, slash);
    for (String port : ports.split("-")) {
      if (DIGITS.matcher(port).matches() && new BigInteger(port).compareTo(MAX_PORT) > 0) {
        return true;
      }
    }
    return false;
  }
}
