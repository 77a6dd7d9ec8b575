package dev.entrypoint.policy;

/** Where a rule reports what it finds; the checker knows which rule is reporting. */
@FunctionalInterface
public interface FindingSink {

  /** Reports a finding at {@code location}; {@code message} says what, why, and the fix. */
  void report(Location location, String message);
}
