package dev.entrypoint.policy.rules;

import dev.entrypoint.dockerfile.Instruction;
import dev.entrypoint.dockerfile.Keyword;
import dev.entrypoint.policy.DockerfileInput;
import dev.entrypoint.policy.DockerfileRule;
import dev.entrypoint.policy.FindingSink;
import dev.entrypoint.policy.ImageInput;
import dev.entrypoint.policy.ImageRule;
import dev.entrypoint.policy.Rule;
import dev.entrypoint.policy.Severity;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A likely secret in the environment: a variable named like one ({@code DB_PASSWORD}, {@code
 * API_TOKEN}) with a value, or a value shaped like a known kind of credential. The value is never
 * repeated in the message.
 */
public final class SecretInEnv extends Rule implements DockerfileRule, ImageRule {

  /** Name tokens that suggest a secret, as in BuildKit's SecretsUsedInArgOrEnv check. */
  private static final Pattern SECRET_NAME =
      Pattern.compile(
          "(?i)(?:_|^)(?:apikey|auth|credential|credentials|key|password|pword|passwd|secret|token)"
              + "(?:_|$)");

  /** Name tokens that say the value is not the secret itself: where it is, or a public part. */
  private static final Pattern NOT_A_SECRET =
      Pattern.compile(
          "(?i)(?:_|^)(?:public|file|path|dir|url|uri|host|port|name|type|id|alias|header)(?:_|$)");

  /** A value that only refers to another variable, such as {@code $DB_PASSWORD}. */
  private static final Pattern REFERENCE = Pattern.compile("\\$\\{?[A-Za-z_][A-Za-z0-9_]*\\}?");

  /** Values shaped like well-known credentials, by kind. */
  private static final List<Map.Entry<String, Pattern>> SECRET_VALUES =
      List.of(
          Map.entry("an AWS access key", Pattern.compile("\\b(?:AKIA|ASIA)[0-9A-Z]{16}\\b")),
          Map.entry("a private key", Pattern.compile("-----BEGIN [A-Z ]*PRIVATE KEY-----")),
          Map.entry("a GitHub token", Pattern.compile("\\bgh[pousr]_[A-Za-z0-9]{36,}\\b")),
          Map.entry("a GitLab token", Pattern.compile("\\bglpat-[A-Za-z0-9_-]{20,}")),
          Map.entry("a Slack token", Pattern.compile("\\bxox[abposr]-[A-Za-z0-9-]{10,}")),
          Map.entry("a Google API key", Pattern.compile("\\bAIza[0-9A-Za-z_-]{35}\\b")),
          Map.entry(
              "a password in a URL",
              Pattern.compile("[a-z][a-z0-9+.-]*://[^/\\s:@]+:[^/\\s@$]+@")));

  private static final String FIX =
      "Pass it when the container starts instead (docker run -e"
          + " NAME, or a secret mounted as a file the program reads).";

  public SecretInEnv() {
    super(
        "secret-in-env",
        "Likely secret in the environment",
        Severity.WARNING,
        "An ENV (or ARG) that holds a password, token or key is stored in the image, where 'docker"
            + " inspect' and 'docker history' show it to anyone who can pull the image.");
  }

  @Override
  public void check(DockerfileInput input, FindingSink findings) {
    for (Instruction instruction : input.dockerfile().instructions()) {
      List<String> words = instruction.words();
      if (instruction.is(Keyword.ENV)) {
        for (int i = 0; i + 1 < words.size(); i += 2) {
          String name = words.get(i);
          why(name, unquoted(words.get(i + 1)))
              .ifPresent(
                  why ->
                      findings.report(
                          input.at(instruction),
                          "ENV "
                              + name
                              + " "
                              + why
                              + ": ENV values are stored in the image config, where"
                              + " 'docker inspect' shows them to anyone who can pull the image. "
                              + FIX));
        }
      } else if (instruction.is(Keyword.ARG)) {
        for (String word : words) {
          int equals = word.indexOf('=');
          String name = equals < 0 ? word : word.substring(0, equals);
          if (isSecretName(name)) {
            findings.report(
                input.at(instruction),
                "ARG "
                    + name
                    + " is named like a secret:"
                    + " build arguments are recorded in the image's history (docker history) for"
                    + " every RUN that uses them. Use a secret mount instead: RUN"
                    + " --mount=type=secret,id="
                    + name.toLowerCase(Locale.ROOT)
                    + " ..., with docker build --secret.");
          }
        }
      }
    }
  }

  @Override
  public void check(ImageInput image, FindingSink findings) {
    String where =
        image.origin() == ImageInput.Origin.DECLARED
            ? "<container><environment><"
            : "The image's environment variable ";
    String after = image.origin() == ImageInput.Origin.DECLARED ? ">" : "";
    image
        .env()
        .forEach(
            (name, value) ->
                why(name, value)
                    .ifPresent(
                        why ->
                            findings.report(
                                image.location(),
                                where
                                    + name
                                    + after
                                    + " "
                                    + why
                                    + ": the environment is stored in the image config, where"
                                    + " 'docker inspect' shows it to anyone who can pull the image."
                                    + " "
                                    + FIX)));
  }

  /** Why the variable looks like a secret, or empty when it does not. */
  static Optional<String> why(String name, String value) {
    for (Map.Entry<String, Pattern> kind : SECRET_VALUES) {
      if (kind.getValue().matcher(value).find()) {
        return Optional.of("holds a value shaped like " + kind.getKey());
      }
    }
    if (isSecretName(name) && !value.isBlank() && !REFERENCE.matcher(value.strip()).matches()) {
      return Optional.of("is named like a secret and has a value");
    }
    return Optional.empty();
  }

  /** A Dockerfile word without the quotes around it: {@code "a b"} is {@code a b}. */
  private static String unquoted(String word) {
    boolean quoted =
        word.length() >= 2
            && (word.charAt(0) == '"' || word.charAt(0) == '\'')
            && word.charAt(word.length() - 1) == word.charAt(0);
    return quoted ? word.substring(1, word.length() - 1) : word;
  }

  static boolean isSecretName(String name) {
    return SECRET_NAME.matcher(name).find() && !NOT_A_SECRET.matcher(name).find();
  }
}
