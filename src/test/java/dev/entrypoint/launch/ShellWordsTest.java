package dev.entrypoint.launch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ShellWordsTest {

  private static List<String> only(String text) {
    List<ShellCommand> commands = ShellWords.commands(text);
    assertThat(commands).hasSize(1);
    return commands.get(0).words();
  }

  @Test
  void blanksSeparateWordsAndQuotesKeepThem() {
    assertThat(only("docker run  IMG\techo 'Rocks!!' \"two words\""))
        .containsExactly("docker", "run", "IMG", "echo", "Rocks!!", "two words");
  }

  @Test
  void singleQuotesKeepEverythingLiterally() {
    assertThat(only("echo '$HOME \\n \"x\"'")).containsExactly("echo", "$HOME \\n \"x\"");
  }

  @Test
  void doubleQuotesUnescapeOnlyDollarBacktickQuoteAndBackslash() {
    assertThat(only("echo \"a\\\"b \\$x \\\\ \\n\"")).containsExactly("echo", "a\"b $x \\ \\n");
  }

  @Test
  void emptyQuotesAreAnEmptyWord() {
    assertThat(only("docker run --entrypoint '' IMG \"\""))
        .containsExactly("docker", "run", "--entrypoint", "", "IMG", "");
  }

  @Test
  void adjacentQuotedPartsJoinIntoOneWord() {
    assertThat(only("echo a'b c'\"d\"e")).containsExactly("echo", "ab cde");
  }

  @Test
  void backslashOutsideQuotesKeepsTheNextCharacter() {
    assertThat(only("echo a\\ b \\; \\'")).containsExactly("echo", "a b", ";", "'");
  }

  @Test
  void backslashNewlineContinuesTheLine() {
    assertThat(only("docker run \\\n  --rm IMG")).containsExactly("docker", "run", "--rm", "IMG");
  }

  @Test
  void semicolonsNewlinesAndOperatorsSeparateCommands() {
    List<ShellCommand> commands =
        ShellWords.commands("docker run a; podman run b\ndocker run c && docker run d | cat");

    assertThat(commands)
        .extracting(ShellCommand::text)
        .containsExactly("docker run a", "podman run b", "docker run c", "docker run d", "cat");
  }

  @Test
  void quotedSemicolonsDoNotSeparate() {
    assertThat(ShellWords.commands("docker run IMG sh -c 'a; b'")).hasSize(1);
  }

  @Test
  void redirectionsAreDroppedWithTheirTarget() {
    assertThat(only("docker run IMG echo hi > out.txt 2>&1 <in"))
        .containsExactly("docker", "run", "IMG", "echo", "hi");
  }

  @Test
  void aHashStartingAWordStartsAComment() {
    assertThat(only("docker run IMG a#b # the rest"))
        .containsExactly("docker", "run", "IMG", "a#b");
  }

  @Test
  void variablesAreNotExpanded() {
    assertThat(only("echo $HOME \"${X}\"")).containsExactly("echo", "$HOME", "${X}");
  }

  @Test
  void anUnclosedQuoteSaysWhere() {
    assertThatThrownBy(() -> ShellWords.commands("docker run IMG echo 'oops"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("quote ' at character 21 is never closed");
  }

  @Test
  void aCommandSubstitutionStaysWholeInItsWord() {
    assertThat(only("run --at=$(date; echo \"(x)\") `id -u; true` last"))
        .containsExactly("run", "--at=$(date; echo \"(x)\")", "`id -u; true`", "last");
  }

  @Test
  void anUnclosedCommandSubstitutionSaysWhere() {
    assertThatThrownBy(() -> ShellWords.commands("run $(date"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("command substitution $( at character 5 is never closed");
  }

  @Test
  void eachWordKnowsWhereItStarts() {
    ShellCommand command = ShellWords.commands("cd /app && A=1 'java' -jar").get(1);

    assertThat(command.wordStarts()).containsExactly(11, 15, 22);
    assertThat(command.program()).containsExactly("java", "-jar");
    assertThat(command.programStart()).isEqualTo(15);
  }

  @Test
  void plainWordsNeedNoShell() {
    assertThat(ShellWords.commands("exec java -jar 'my app.jar' \"a\\nb\" x#y").get(0).needsShell())
        .isFalse();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "run $X",
        "run \"$X\"",
        "run *.jar",
        "run ~/x",
        "run a\\ b",
        "run > log",
        "run $(id)",
        "run `id`",
        "run {a,b}",
        "run [ab]"
      })
  void expansionsEscapesAndRedirectionsNeedAShell(String line) {
    assertThat(ShellWords.commands(line).get(0).needsShell()).isTrue();
  }

  @Test
  void aSimpleLineHasAnExecFormWithoutItsExec() {
    assertThat(ShellWords.execForm("exec java -jar 'my app.jar'"))
        .hasValue(List.of("java", "-jar", "my app.jar"));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"java $OPTS -jar app.jar", "a && b", "A=1 run", "exec", "run 'unclosed", ""})
  void aLineThatNeedsAShellOrCannotBeReadHasNoExecForm(String line) {
    assertThat(ShellWords.execForm(line)).isEmpty();
  }

  @Test
  void wordsKeepOperatorsAsPlainCharacters() {
    assertThat(ShellWords.words("--runtime runc --security-opt 'label=disable' a;b x>y"))
        .containsExactly("--runtime", "runc", "--security-opt", "label=disable", "a;b", "x>y");
  }

  @Test
  void blankTextHasNoCommands() {
    assertThat(ShellWords.commands("  ;\n ; ")).isEmpty();
    assertThat(ShellWords.words("  ")).isEmpty();
  }
}
