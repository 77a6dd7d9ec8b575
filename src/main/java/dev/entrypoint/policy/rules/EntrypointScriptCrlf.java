package dev.entrypoint.policy.rules;

import dev.entrypoint.image.ImageFiles;
import dev.entrypoint.policy.FindingSink;
import dev.entrypoint.policy.ImageFilesRule;
import dev.entrypoint.policy.ImageInput;
import dev.entrypoint.policy.Rule;
import dev.entrypoint.policy.Severity;

/** An entrypoint script with Windows (CRLF) line endings. */
public final class EntrypointScriptCrlf extends Rule implements ImageFilesRule {

  public EntrypointScriptCrlf() {
    super(
        "entrypoint-script-crlf",
        "Entrypoint script with CRLF line endings",
        Severity.ERROR,
        "An entrypoint script saved with Windows line endings names the interpreter '/bin/sh\\r',"
            + " which does not exist: the container fails with 'no such file or directory'.");
  }

  @Override
  public void check(ImageInput image, ImageFiles files, FindingSink findings) {
    for (StartedProgram program : StartedProgram.of(image, files)) {
      program
          .script()
          .filter(script -> script.text().contains("\r\n"))
          .ifPresent(
              script ->
                  findings.report(
                      image.location(),
                      program.starts()
                          + ", a script with Windows (CRLF)"
                          + " line endings: the kernel reads its first line as '"
                          + script.shebang()
                          + "\\r' and finds no such interpreter, so 'docker run' fails with 'exec "
                          + program.path()
                          + ": no such file or directory', and a shell would see a stray \\r"
                          + " at the end of every command. Save it with LF line endings (dos2unix,"
                          + " or '*.sh text eol=lf' in .gitattributes)."));
    }
  }
}
