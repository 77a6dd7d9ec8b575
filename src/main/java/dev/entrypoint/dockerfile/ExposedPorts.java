package dev.entrypoint.dockerfile;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Reads an EXPOSE word ({@code 8080}, {@code 53/udp}, {@code 8000-8002/tcp}) as BuildKit stores it.
 */
final class ExposedPorts {

  private ExposedPorts() {}

  /** The ports {@code spec} exposes, such as {@code ["8000/tcp", "8001/tcp"]}. */
  static List<String> parse(String spec) throws InstructionReader.Invalid {
    String containerPart = spec.substring(spec.lastIndexOf(':') + 1);
    int slash = containerPart.indexOf('/');
    String range = slash < 0 ? containerPart : containerPart.substring(0, slash);
    String protocol =
        slash < 0 ? "tcp" : containerPart.substring(slash + 1).toLowerCase(Locale.ROOT);
    if (range.isEmpty()) {
      throw new InstructionReader.Invalid("invalid port: \"" + spec + "\": no port specified");
    }
    if (!protocol.equals("tcp") && !protocol.equals("udp") && !protocol.equals("sctp")) {
      throw new InstructionReader.Invalid(
          "invalid port: \"" + spec + "\": invalid proto: " + protocol + " (use tcp, udp or sctp)");
    }
    int dash = range.indexOf('-');
    int first = number(range.substring(0, dash < 0 ? range.length() : dash), spec);
    int last = dash < 0 ? first : number(range.substring(dash + 1), spec);
    if (last < first) {
      throw new InstructionReader.Invalid("invalid port range: " + range);
    }
    List<String> ports = new ArrayList<>();
    for (int port = first; port <= last; port++) {
      ports.add(port + "/" + protocol);
    }
    return ports;
  }

  private static int number(String digits, String spec) throws InstructionReader.Invalid {
    try {
      int port = Integer.parseInt(digits);
      if (port >= 0 && port <= 65535 && !digits.startsWith("+")) {
        return port;
      }
    } catch (NumberFormatException notANumber) {
      // reported below
    }
    throw new InstructionReader.Invalid(
        "invalid containerPort: "
            + digits
            + " in EXPOSE "
            + spec
            + ": a port is a number from 0 to 65535");
  }
}
