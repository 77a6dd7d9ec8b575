package dev.entrypoint.dockerfile;

import dev.entrypoint.launch.CommandForm;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a Dockerfile's lines as BuildKit's {@code parser.Parse} does: parser directives at the top,
 * comment and blank lines, continuation lines joined by the escape character, here-documents after
 * the RUN, COPY and ADD lines that open them.
 */
final class InstructionScanner {

  /** Everything the scan found; problems stop nothing, the scan goes on after each. */
  record Result(
      char escape,
      List<Directive> directives,
      List<Comment> comments,
      List<Instruction> instructions,
      List<ParseProblem> problems) {}

  private static final Pattern DIRECTIVE =
      Pattern.compile(
          "([a-zA-Z][a-zA-Z0-9]*)[\\t\\n\\f\\r ]*=[\\t\\n\\f\\r ]*(.+?)[\\t\\n\\f\\r ]*",
          Pattern.DOTALL);
  private static final Set<String> DIRECTIVES = Set.of("syntax", "escape", "check");

  /** Go's bufio.Scanner gives up on a line of 64 KiB or more. */
  private static final int MAX_LINE_BYTES = 64 * 1024 - 1;

  private final List<String> lines;
  private int next;
  private char escape = '\\';
  private boolean directivesDone;
  private final Set<String> seenDirectives = new HashSet<>();
  private final List<Directive> directives = new ArrayList<>();
  private final List<Comment> comments = new ArrayList<>();
  private final List<Instruction> instructions = new ArrayList<>();
  private final List<ParseProblem> problems = new ArrayList<>();

  private InstructionScanner(List<String> lines) {
    this.lines = lines;
  }

  /** Scans the text of a Dockerfile. */
  static Result scan(String text) {
    InstructionScanner scanner = new InstructionScanner(physicalLines(text));
    scanner.scanAll();
    return new Result(
        scanner.escape,
        scanner.directives,
        scanner.comments,
        scanner.instructions,
        scanner.problems);
  }

  /**
   * The file's lines, split at {@code \n}, without trailing {@code \r} and {@code \n}, BOM removed.
   */
  private static List<String> physicalLines(String text) {
    List<String> lines = new ArrayList<>();
    int start = text.startsWith("\uFEFF") ? 1 : 0;
    while (start < text.length()) {
      int newline = text.indexOf('\n', start);
      int end = newline < 0 ? text.length() : newline;
      int trimmed = end;
      while (trimmed > start && text.charAt(trimmed - 1) == '\r') {
        trimmed--;
      }
      lines.add(text.substring(start, trimmed));
      start = end + 1;
    }
    return lines;
  }

  private void scanAll() {
    while (next < lines.size()) {
      int lineNumber = next + 1;
      String raw = line(next++);
      int contentStart = Whitespace.skip(raw, 0);
      String content = raw.substring(contentStart);
      if (!directivesDone && directive(content, lineNumber)) {
        continue;
      }
      if (content.startsWith("#")) {
        comments.add(new Comment(lineNumber, Whitespace.trim(content.substring(1))));
        continue;
      }
      String piece = withoutContinuation(content);
      boolean continues = piece != null;
      if (!continues && content.isEmpty()) {
        continue;
      }
      LogicalLine.Builder logical =
          new LogicalLine.Builder(lineNumber)
              .append(continues ? piece : content, lineNumber, contentStart + 1);
      while (continues && next < lines.size()) {
        int continuationNumber = next + 1;
        String continuation = line(next++);
        logical.reach(continuationNumber);
        int start = Whitespace.skip(continuation, 0);
        if (start < continuation.length() && continuation.charAt(start) == '#') {
          comments.add(
              new Comment(continuationNumber, Whitespace.trim(continuation.substring(start + 1))));
          continue;
        }
        if (start == continuation.length()) {
          continue;
        }
        piece = withoutContinuation(continuation);
        continues = piece != null;
        logical.append(continues ? piece : continuation, continuationNumber, 1);
      }
      instruction(logical.build());
    }
  }

  private String line(int index) {
    String line = lines.get(index);
    if (line.length() > MAX_LINE_BYTES / 4
        && line.getBytes(StandardCharsets.UTF_8).length >= MAX_LINE_BYTES) {
      problems.add(
          new ParseProblem(
              index + 1,
              "dockerfile line greater than max allowed size of " + MAX_LINE_BYTES + " bytes"));
      return "";
    }
    return line;
  }

  /**
   * Whether {@code content} (a line without leading white space) is a parser directive. Directives
   * end at the first line that is not one; a directive may appear once.
   */
  private boolean directive(String content, int lineNumber) {
    Matcher match =
        content.startsWith("#")
            ? DIRECTIVE.matcher(content.substring(Whitespace.skip(content, 1)))
            : null;
    String name = match != null && match.matches() ? match.group(1).toLowerCase(Locale.ROOT) : null;
    if (name == null || !DIRECTIVES.contains(name)) {
      directivesDone = true;
      return false;
    }
    String value = match.group(2);
    if (!seenDirectives.add(name)) {
      problems.add(
          new ParseProblem(
              lineNumber, "only one " + name + " parser directive can be used: remove this line"));
      return true;
    }
    if (name.equals("escape")) {
      if (value.equals("`") || value.equals("\\")) {
        escape = value.charAt(0);
      } else {
        problems.add(
            new ParseProblem(
                lineNumber, "invalid escape token '" + value + "' does not match ` or \\"));
      }
    }
    directives.add(new Directive(name, value, lineNumber));
    return true;
  }

  /**
   * The line without its trailing escape character (and the spaces and tabs after it) when it
   * continues on the next line; null when it does not. An escaped escape character does not
   * continue.
   */
  private String withoutContinuation(String line) {
    int end = line.length();
    while (end > 0 && (line.charAt(end - 1) == ' ' || line.charAt(end - 1) == '\t')) {
      end--;
    }
    if (end == 0 || line.charAt(end - 1) != escape) {
      return null;
    }
    if (end >= 2 && line.charAt(end - 2) == escape) {
      return null;
    }
    return line.substring(0, end - 1);
  }

  private void instruction(LogicalLine line) {
    Instruction instruction;
    try {
      instruction = new InstructionReader(escape).read(line);
    } catch (InstructionReader.Invalid invalid) {
      problems.add(new ParseProblem(line.startLine(), invalid.getMessage()));
      skipHeredocsOfInvalid(line);
      return;
    }
    if (acceptsHeredocs(instruction) && line.text().contains("<<")) {
      try {
        instruction = instruction.withHeredocs(heredocs(line));
      } catch (ShellLexer.SyntaxError | InstructionReader.Invalid invalid) {
        problems.add(new ParseProblem(line.startLine(), invalid.getMessage()));
        return;
      }
    }
    instructions.add(instruction);
  }

  /**
   * Docker reads the here-documents of a RUN, COPY or ADD line before it checks the instruction's
   * arguments, so their bodies are skipped even when the instruction is refused.
   */
  private void skipHeredocsOfInvalid(LogicalLine line) {
    List<String> words = InstructionReader.shellWords(line.text(), escape);
    int first = !words.isEmpty() && words.get(0).equalsIgnoreCase("ONBUILD") ? 1 : 0;
    boolean opensHeredocs =
        words.size() > first + 1
            && Set.of("RUN", "COPY", "ADD").contains(words.get(first).toUpperCase(Locale.ROOT))
            && !words.get(first + 1).startsWith("[")
            && line.text().contains("<<");
    if (opensHeredocs) {
      try {
        heredocs(line);
      } catch (ShellLexer.SyntaxError | InstructionReader.Invalid unreadable) {
        // The instruction is already reported; an unreadable here-document adds nothing.
      }
    }
  }

  private static boolean acceptsHeredocs(Instruction instruction) {
    Instruction target = instruction.is(Keyword.ONBUILD) ? instruction.trigger() : instruction;
    if (target == null) {
      return false;
    }
    return switch (target.kind()) {
      case RUN -> target.command().form() == CommandForm.SHELL;
      case ADD, COPY -> !JsonArrayReader.read(target.arguments()).isArray();
      default -> false;
    };
  }

  private List<Heredoc> heredocs(LogicalLine line)
      throws ShellLexer.SyntaxError, InstructionReader.Invalid {
    List<Heredoc> heredocs = new ArrayList<>();
    for (HeredocMarker marker : HeredocMarker.inLine(line.text())) {
      int firstLine = next + 1;
      StringBuilder content = new StringBuilder();
      boolean terminated = false;
      while (next < lines.size()) {
        String body = lines.get(next++);
        String candidate = marker.chomp() ? body.replaceFirst("^\t+", "") : body;
        if (candidate.equals(marker.name())) {
          terminated = true;
          break;
        }
        content.append(body).append('\n');
      }
      if (!terminated) {
        throw new InstructionReader.Invalid(
            "unterminated heredoc: no line "
                + marker.name()
                + " closes the here-document opened here");
      }
      heredocs.add(
          new Heredoc(
              marker.name(),
              marker.fileDescriptor(),
              marker.chomp(),
              marker.expand(),
              content.toString(),
              firstLine,
              next));
    }
    return heredocs;
  }
}
