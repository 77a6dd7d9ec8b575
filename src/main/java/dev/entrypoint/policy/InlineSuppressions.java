package dev.entrypoint.policy;

import dev.entrypoint.dockerfile.Comment;
import dev.entrypoint.dockerfile.Dockerfile;
import dev.entrypoint.dockerfile.Instruction;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The {@code # entrypoint:ignore=RULE[,RULE...] reason} comments of a Dockerfile. A comment line
 * applies to the next instruction (or to the instruction whose continuation lines it sits in); the
 * same text at the end of an instruction's own line applies to that instruction. An ignore without
 * a reason applies to nothing, and says so.
 */
public final class InlineSuppressions {

  private static final String MARK = "entrypoint:ignore=";
  private static final Pattern COMMENT =
      Pattern.compile("entrypoint:ignore=([A-Za-z0-9_,-]*)(?:[ \\t]+(.*))?");
  private static final Pattern TRAILING =
      Pattern.compile("#[ \\t]*entrypoint:ignore=([A-Za-z0-9_,-]*)(?:[ \\t]+([^\\n]*))?");

  /** One ignore: the rules it names, the lines it covers, its reason and the line it is on. */
  public record Ignore(List<String> rules, int firstLine, int lastLine, String reason, int line) {

    boolean covers(String ruleId, int findingLine) {
      return rules.contains(ruleId) && findingLine >= firstLine && findingLine <= lastLine;
    }
  }

  private final List<Ignore> ignores;
  private final List<String> problems;

  private InlineSuppressions(List<Ignore> ignores, List<String> problems) {
    this.ignores = List.copyOf(ignores);
    this.problems = List.copyOf(problems);
  }

  /** The ignores written in {@code dockerfile}. */
  public static InlineSuppressions of(Dockerfile dockerfile) {
    List<Ignore> ignores = new ArrayList<>();
    List<String> problems = new ArrayList<>();
    List<Instruction> instructions = dockerfile.instructions();
    for (Comment comment : dockerfile.comments()) {
      if (!comment.text().contains(MARK)) {
        continue;
      }
      Matcher matcher = COMMENT.matcher(comment.text());
      if (!matcher.matches()) {
        continue;
      }
      Optional<Instruction> target = instructionFor(instructions, comment.line());
      if (target.isEmpty()) {
        problems.add(
            "line "
                + comment.line()
                + ": # "
                + comment.text()
                + " is followed by no instruction, so it ignores nothing");
        continue;
      }
      add(ignores, problems, matcher, target.get(), comment.line());
    }
    for (Instruction instruction : instructions) {
      if (!instruction.text().contains(MARK)) {
        continue;
      }
      Matcher matcher = TRAILING.matcher(instruction.text());
      if (matcher.find()) {
        add(ignores, problems, matcher, instruction, instruction.startLine());
      }
    }
    return new InlineSuppressions(ignores, problems);
  }

  private static Optional<Instruction> instructionFor(List<Instruction> instructions, int line) {
    for (Instruction instruction : instructions) {
      if (instruction.startLine() > line
          || (instruction.startLine() < line && line <= instruction.endLine())) {
        return Optional.of(instruction);
      }
    }
    return Optional.empty();
  }

  private static void add(
      List<Ignore> ignores, List<String> problems, Matcher matcher, Instruction target, int line) {
    List<String> rules =
        Arrays.stream(matcher.group(1).split(","))
            .map(String::strip)
            .filter(r -> !r.isEmpty())
            .toList();
    String reason = matcher.group(2) == null ? "" : matcher.group(2).strip();
    if (rules.isEmpty() || reason.isEmpty()) {
      problems.add(
          "line "
              + line
              + ": entrypoint:ignore needs a rule id and a reason, as in '#"
              + " entrypoint:ignore=shell-form-cmd the vendor image needs it', so it ignores"
              + " nothing");
      return;
    }
    ignores.add(new Ignore(rules, target.startLine(), target.lastLine(), reason, line));
  }

  /** Every well-formed ignore, in file order of the instructions they apply to. */
  public List<Ignore> ignores() {
    return ignores;
  }

  /** What is wrong with ignores that apply to nothing, one sentence each, with its line. */
  public List<String> problems() {
    return problems;
  }

  /** The ignore that covers a finding of {@code ruleId} on {@code line}, if any. */
  public Optional<Ignore> find(String ruleId, int line) {
    return ignores.stream().filter(ignore -> ignore.covers(ruleId, line)).findFirst();
  }
}
