package dev.entrypoint.engine;

import dev.entrypoint.process.Command;
import dev.entrypoint.process.CommandResult;
import dev.entrypoint.process.CommandRunner;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * A {@link CommandRunner} that answers with canned results: the latest answer whose words appear in
 * a command's argv, in order and next to each other, wins, so a test can override a general answer.
 * It records every command it was given and fails a test on a command nobody answered.
 */
final class FakeCommandRunner implements CommandRunner {

  private final List<Map.Entry<List<String>, Function<Command, CommandResult>>> answers =
      new ArrayList<>();
  private final List<Command> commands = new ArrayList<>();

  /** Answers commands holding {@code words} with exit code 0 and {@code stdout}. */
  FakeCommandRunner succeeds(List<String> words, String stdout) {
    return answer(words, command -> new CommandResult(0, stdout, ""));
  }

  /** Answers commands holding {@code words} with {@code exitCode} and {@code stderr}. */
  FakeCommandRunner fails(List<String> words, int exitCode, String stderr) {
    return answer(words, command -> new CommandResult(exitCode, "", stderr));
  }

  /** Answers commands holding {@code words} by calling {@code answer}, which may also throw. */
  synchronized FakeCommandRunner answer(
      List<String> words, Function<Command, CommandResult> answer) {
    answers.add(0, Map.entry(List.copyOf(words), answer));
    return this;
  }

  @Override
  public synchronized CommandResult run(Command command) {
    commands.add(command);
    for (Map.Entry<List<String>, Function<Command, CommandResult>> answer : answers) {
      if (Collections.indexOfSubList(command.argv(), answer.getKey()) >= 0) {
        return answer.getValue().apply(command);
      }
    }
    throw new AssertionError("no canned answer for " + command.argv());
  }

  /** Every command run so far, in order. */
  synchronized List<Command> commands() {
    return List.copyOf(commands);
  }

  /** The argv of every command run so far that holds {@code words}. */
  synchronized List<List<String>> argvs(List<String> words) {
    return commands.stream()
        .map(Command::argv)
        .filter(argv -> Collections.indexOfSubList(argv, words) >= 0)
        .toList();
  }
}
