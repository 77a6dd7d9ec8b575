package dev.entrypoint.dockerfile;

import java.util.Locale;
import java.util.Set;

/**
 * The signals a STOPSIGNAL may name, as Docker's {@code signal.ParseSignal} accepts them on Linux.
 */
final class StopSignals {

  private static final Set<String> NAMES =
      Set.of(
          "ABRT", "ALRM", "BUS", "CHLD", "CLD", "CONT", "FPE", "HUP", "ILL", "INT", "IO", "IOT",
          "KILL", "PIPE", "POLL", "PROF", "PWR", "QUIT", "SEGV", "STKFLT", "STOP", "SYS", "TERM",
          "TRAP", "TSTP", "TTIN", "TTOU", "UNUSED", "URG", "USR1", "USR2", "VTALRM", "WINCH",
          "XCPU", "XFSZ", "RTMIN", "RTMAX");

  private StopSignals() {}

  /**
   * Whether Docker accepts {@code signal}: a non-zero number, or a name with or without {@code
   * SIG}.
   */
  static boolean isValid(String signal) {
    try {
      return Integer.parseInt(signal) != 0;
    } catch (NumberFormatException notANumber) {
      String upper = signal.toUpperCase(Locale.ROOT);
      String name = upper.startsWith("SIG") ? upper.substring(3) : upper;
      return NAMES.contains(name) || isRealtime(name);
    }
  }

  private static boolean isRealtime(String name) {
    String[] parts = name.split("[+-]", 2);
    if (parts.length != 2 || !parts[1].matches("[0-9]{1,2}")) {
      return false;
    }
    int offset = Integer.parseInt(parts[1]);
    return (parts[0].equals("RTMIN") && name.charAt(5) == '+' && offset >= 1 && offset <= 15)
        || (parts[0].equals("RTMAX") && name.charAt(5) == '-' && offset >= 1 && offset <= 14);
  }
}
