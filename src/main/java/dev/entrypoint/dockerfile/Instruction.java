package dev.entrypoint.dockerfile;

import java.util.List;
import java.util.Objects;

/**
 * One instruction as Docker's parser reads it, with the lines it spans.
 *
 * <p>{@link #words()} are the arguments split as Docker splits them for this keyword, before any
 * variable is expanded: the exec array or the one shell line of CMD/ENTRYPOINT/RUN/SHELL,
 * whitespace-separated words for FROM and EXPOSE, JSON elements or words for ADD/COPY/VOLUME,
 * alternating keys and values for ENV and LABEL, the whole text for USER, WORKDIR, MAINTAINER and
 * STOPSIGNAL, {@code [type, command...]} for HEALTHCHECK.
 */
public final class Instruction {

  private final String keyword;
  private final Keyword kind;
  private final int startLine;
  private final int endLine;
  private final String text;
  private final List<String> flags;
  private final String arguments;
  private final List<String> words;
  private final CommandLine command;
  private final List<Heredoc> heredocs;
  private final Instruction trigger;

  Instruction(
      String keyword,
      Keyword kind,
      int startLine,
      int endLine,
      String text,
      List<String> flags,
      String arguments,
      List<String> words,
      CommandLine command,
      List<Heredoc> heredocs,
      Instruction trigger) {
    this.keyword = keyword;
    this.kind = kind;
    this.startLine = startLine;
    this.endLine = endLine;
    this.text = text;
    this.flags = List.copyOf(flags);
    this.arguments = arguments;
    this.words = List.copyOf(words);
    this.command = command;
    this.heredocs = List.copyOf(heredocs);
    this.trigger = trigger;
  }

  /** The keyword as written, for example {@code entrypoint}. */
  public String keyword() {
    return keyword;
  }

  /** The keyword, normalised. */
  public Keyword kind() {
    return kind;
  }

  /** Whether this is a {@code kind} instruction. */
  public boolean is(Keyword keyword) {
    return kind == keyword;
  }

  /** The 1-based line the instruction starts on. */
  public int startLine() {
    return startLine;
  }

  /** The last line of the instruction itself (continuations included, here-documents not). */
  public int endLine() {
    return endLine;
  }

  /**
   * The instruction with its continuation lines joined and comment lines removed, as Docker sees
   * it.
   */
  public String text() {
    return text;
  }

  /**
   * The {@code --name=value} flags before the arguments, quotes removed, for example {@code
   * --platform=linux/arm64}.
   */
  public List<String> flags() {
    return flags;
  }

  /** The arguments after the keyword and flags, trimmed, continuations joined. */
  public String arguments() {
    return arguments;
  }

  /** The arguments split as Docker splits them for this keyword (see the class description). */
  public List<String> words() {
    return words;
  }

  /**
   * The command of a CMD, ENTRYPOINT, RUN, SHELL or {@code HEALTHCHECK CMD}, or {@code null} for
   * other instructions and {@code HEALTHCHECK NONE}.
   */
  public CommandLine command() {
    return command;
  }

  /** The here-documents of a RUN, COPY or ADD (or ONBUILD of those), in order. */
  public List<Heredoc> heredocs() {
    return heredocs;
  }

  /** The instruction an ONBUILD registers, or {@code null} for other instructions. */
  public Instruction trigger() {
    return trigger;
  }

  /** This instruction with its here-documents attached. */
  Instruction withHeredocs(List<Heredoc> documents) {
    return new Instruction(
        keyword, kind, startLine, endLine, text, flags, arguments, words, command, documents,
        trigger);
  }

  /** The last line this instruction uses, its here-documents included. */
  public int lastLine() {
    return heredocs.isEmpty() ? endLine : heredocs.get(heredocs.size() - 1).delimiterLine();
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Instruction that
        && keyword.equals(that.keyword)
        && kind == that.kind
        && startLine == that.startLine
        && endLine == that.endLine
        && text.equals(that.text)
        && flags.equals(that.flags)
        && arguments.equals(that.arguments)
        && words.equals(that.words)
        && Objects.equals(command, that.command)
        && heredocs.equals(that.heredocs)
        && Objects.equals(trigger, that.trigger);
  }

  @Override
  public int hashCode() {
    return Objects.hash(
        keyword, kind, startLine, endLine, text, flags, arguments, words, command, heredocs,
        trigger);
  }

  @Override
  public String toString() {
    String lines =
        startLine == endLine ? "line " + startLine : "lines " + startLine + "-" + endLine;
    return lines + ": " + text;
  }
}
