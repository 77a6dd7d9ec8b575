package dev.entrypoint.policy.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ShellScriptTest {

  @ParameterizedTest
  @CsvSource(
      delimiterString = " => ",
      quoteCharacter = '`',
      value = {
        "java -jar app.jar => java",
        "cd /app && java -jar app.jar => java",
        "set -e; ./migrate; exec java -jar app.jar => exec",
        "echo 'a; b' ; run => run",
        "run \"$(date; echo x)\" => run",
        "run $(date; echo x) => run",
        "first\\n# a comment; not a command\\nlast --flag => last",
        "JAVA_OPTS=-Xmx1g java -jar app.jar => java",
        "a || b => b",
        "a | tee log => tee"
      })
  void theLastCommandIsTheOneAfterTheLastControlOperator(String script, String first) {
    assertThat(ShellScript.parse(script.replace("\\n", "\n")).last())
        .hasValueSatisfying(last -> assertThat(last.program().get(0)).isEqualTo(first));
  }

  @Test
  void execGoesBeforeTheProgramAfterAssignments() {
    assertThat(ExecFormFix.withExec("cd /app && JAVA_OPTS=-Xmx1g java -jar app.jar"))
        .isEqualTo("cd /app && JAVA_OPTS=-Xmx1g exec java -jar app.jar");
  }

  @Test
  void aPlainLineIsItsWords() {
    assertThat(ShellScript.asExecForm("exec java -jar 'my app.jar' \"--name=x y\""))
        .hasValue(List.of("java", "-jar", "my app.jar", "--name=x y"));
  }

  @Test
  void aBackslashInDoubleQuotesStaysUnlessItEscapes() {
    assertThat(ShellScript.asExecForm("printf \"a\\nb\" \"\\\"q\\\"\""))
        .hasValue(List.of("printf", "a\\nb", "\"q\""));
  }

  @Test
  void aLineWithAnUnclosedQuoteHasNoCommandsAndNoExecForm() {
    assertThat(ShellScript.parse("set -e; exec java -jar \"app.jar").commands()).isEmpty();
    assertThat(ShellScript.asExecForm("printf 'a")).isEmpty();
    assertThat(ShellScript.programOf("java -jar 'app.jar")).isEqualTo("java");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "java $OPTS -jar app.jar",
        "a && b",
        "run > log",
        "run *.jar",
        "run ~/x",
        "A=1 run",
        "run \"$HOME\"",
        "run `date`",
        "run \\\n x"
      })
  void aLineThatNeedsAShellHasNoExecForm(String line) {
    assertThat(ShellScript.asExecForm(line)).isEmpty();
  }
}
