package dev.entrypoint.policy.rules;

import dev.entrypoint.dockerfile.Instruction;
import dev.entrypoint.dockerfile.Keyword;
import dev.entrypoint.dockerfile.Stage;
import dev.entrypoint.policy.DockerfileInput;
import dev.entrypoint.policy.FindingSink;
import java.util.List;

/** Finds instructions of a stage that a later one of the same kind makes pointless. */
final class RepeatedInstruction {

  private RepeatedInstruction() {}

  /** Reports every {@code kind} instruction of a stage but the last, which alone takes effect. */
  static void report(
      DockerfileInput input, Keyword kind, String consequence, FindingSink findings) {
    for (Stage stage : input.dockerfile().stages()) {
      List<Instruction> all = stage.instructions(kind);
      Instruction last = all.isEmpty() ? null : all.get(all.size() - 1);
      for (Instruction earlier : all.subList(0, Math.max(0, all.size() - 1))) {
        findings.report(
            input.at(earlier),
            kind
                + " "
                + earlier.arguments()
                + " has no effect: the "
                + kind
                + " on line "
                + last.startLine()
                + " replaces it, since only the last "
                + kind
                + " of a stage"
                + " counts. "
                + consequence);
      }
    }
  }
}
