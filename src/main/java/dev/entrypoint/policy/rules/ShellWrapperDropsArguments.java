package dev.entrypoint.policy.rules;

import dev.entrypoint.launch.Argv;
import dev.entrypoint.launch.PositionalParameters;
import dev.entrypoint.policy.FindingSink;
import dev.entrypoint.policy.Severity;
import java.util.List;
import java.util.regex.Pattern;

/**
 * {@code ENTRYPOINT ["sh", "-c"]} with a CMD of more than one element: only the first element is
 * the script; the others become {@code $0}, {@code $1}... and run nowhere.
 */
public final class ShellWrapperDropsArguments extends ExecArrayRule {

  /** A script that reads its positional parameters means to get the other elements. */
  private static final Pattern POSITIONAL = Pattern.compile("\\$(\\{?[0-9@*#])");

  public ShellWrapperDropsArguments() {
    super(
        "shell-wrapper-drops-arguments",
        "sh -c ENTRYPOINT with a CMD of several elements",
        Severity.ERROR,
        "Under ENTRYPOINT [\"sh\", \"-c\"] only the first CMD element is the script; the others"
            + " become $0, $1... of that script, which ignores them.");
  }

  @Override
  void check(ExecArray array, FindingSink findings) {
    List<String> argv = array.argv();
    if (array.role() != ExecArray.Role.SCRIPT
        || argv.size() < 2
        || POSITIONAL.matcher(argv.get(0)).find()) {
      return;
    }
    List<String> dropped = argv.subList(1, argv.size());
    findings.report(
        array.location(),
        Sentence.capitalized(array.written())
            + " under an ENTRYPOINT that ends in -c: "
            + PositionalParameters.ignored("the shell", argv.get(0), dropped)
            + ". Put the whole command line in one element: "
            + array.rewritten(List.of(Argv.shellQuoted(argv)))
            + ".");
  }
}
