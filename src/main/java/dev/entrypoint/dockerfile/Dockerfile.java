package dev.entrypoint.dockerfile;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * A parsed Dockerfile: its parser directives, every comment, every instruction, the build stages,
 * and the problems for which Docker would refuse to build it.
 *
 * <p>An instruction Docker refuses is reported as a {@link ParseProblem} and left out of {@link
 * #instructions()}; the rest of the file is still read, so a file with problems is modelled as far
 * as it can be.
 */
public final class Dockerfile {

  private final char escape;
  private final List<Directive> directives;
  private final List<Comment> comments;
  private final List<Instruction> instructions;
  private final List<Stage> stages;
  private final List<ParseProblem> problems;

  Dockerfile(
      char escape,
      List<Directive> directives,
      List<Comment> comments,
      List<Instruction> instructions,
      List<Stage> stages,
      List<ParseProblem> problems) {
    this.escape = escape;
    this.directives = List.copyOf(directives);
    this.comments = List.copyOf(comments);
    this.instructions = List.copyOf(instructions);
    this.stages = List.copyOf(stages);
    this.problems = List.copyOf(problems);
  }

  /** The escape character: {@code \} unless an {@code # escape=`} directive changed it. */
  public char escape() {
    return escape;
  }

  /** The parser directives at the top of the file. */
  public List<Directive> directives() {
    return directives;
  }

  /** Every comment line, including those inside continuations (not here-document content). */
  public List<Comment> comments() {
    return comments;
  }

  /** Every instruction Docker accepts, in file order, global ARGs and FROM lines included. */
  public List<Instruction> instructions() {
    return instructions;
  }

  /** The build stages, in file order. */
  public List<Stage> stages() {
    return stages;
  }

  /** Why Docker would refuse to build this file; empty when it would build it. */
  public List<ParseProblem> problems() {
    return problems;
  }

  /** Whether Docker would build the file (as far as parsing can tell). */
  public boolean builds() {
    return problems.isEmpty();
  }

  /** The stage {@code docker build} builds by default: the last one. */
  public Optional<Stage> target() {
    return stages.isEmpty() ? Optional.empty() : Optional.of(stages.get(stages.size() - 1));
  }

  /**
   * The stage named {@code nameOrIndex} (in any case, as {@code docker build --target} matches), or
   * else the stage at that 0-based index.
   */
  public Optional<Stage> stage(String nameOrIndex) {
    String wanted = nameOrIndex.toLowerCase(Locale.ROOT);
    for (int i = stages.size() - 1; i >= 0; i--) {
      if (wanted.equals(stages.get(i).name())) {
        return Optional.of(stages.get(i));
      }
    }
    try {
      int index = Integer.parseInt(nameOrIndex.trim());
      return index >= 0 && index < stages.size()
          ? Optional.of(stages.get(index))
          : Optional.empty();
    } catch (NumberFormatException notAnIndex) {
      return Optional.empty();
    }
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Dockerfile that
        && escape == that.escape
        && directives.equals(that.directives)
        && comments.equals(that.comments)
        && instructions.equals(that.instructions)
        && stages.equals(that.stages)
        && problems.equals(that.problems);
  }

  @Override
  public int hashCode() {
    return Objects.hash(escape, directives, comments, instructions, stages, problems);
  }

  @Override
  public String toString() {
    return "Dockerfile with "
        + stages.size()
        + " stage(s), "
        + instructions.size()
        + " instruction(s)"
        + (problems.isEmpty() ? "" : ", problems " + problems);
  }
}
