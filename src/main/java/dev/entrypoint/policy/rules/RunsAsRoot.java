package dev.entrypoint.policy.rules;

import dev.entrypoint.dockerfile.Instruction;
import dev.entrypoint.dockerfile.Keyword;
import dev.entrypoint.dockerfile.Stage;
import dev.entrypoint.dockerfile.StageBase;
import dev.entrypoint.policy.DockerfileInput;
import dev.entrypoint.policy.DockerfileRule;
import dev.entrypoint.policy.FindingSink;
import dev.entrypoint.policy.ImageInput;
import dev.entrypoint.policy.ImageRule;
import dev.entrypoint.policy.Notation;
import dev.entrypoint.policy.Rule;
import dev.entrypoint.policy.Severity;
import java.util.Optional;

/** An image whose last USER is root, or that sets none. */
public final class RunsAsRoot extends Rule implements DockerfileRule, ImageRule {

  private static final String UNPRIVILEGED = "10001";

  public RunsAsRoot() {
    super(
        "runs-as-root",
        "Runs as root",
        Severity.WARNING,
        "The image's last USER is root, or it sets none: its process runs as root, so anything"
            + " that escapes it, or writes to a mounted volume, does so as root.");
  }

  @Override
  public void check(DockerfileInput input, FindingSink findings) {
    Optional<Stage> target = input.target();
    if (target.isEmpty()) {
      return;
    }
    Stage stage = target.get();
    String user = stage.config().user();
    Optional<Instruction> setter = input.lastInstruction(stage, Keyword.USER);
    if (!user.isEmpty() && !isRoot(user)) {
      return;
    }
    String subject =
        user.isEmpty()
            ? "No USER is set in "
                + stage.label()
                + ", the image 'docker build' makes, so it runs as"
                + " root"
                + unlessBaseSetsOne(input, stage)
            : "The image runs as root (USER " + user + ")";
    findings.report(
        input.at(setter.orElse(stage.from())), subject + ": " + why(Notation.DOCKERFILE));
  }

  @Override
  public void check(ImageInput image, FindingSink findings) {
    String user = image.user();
    if (!user.isEmpty() && !isRoot(user)) {
      return;
    }
    String subject;
    if (image.origin() == ImageInput.Origin.BUILT) {
      subject =
          user.isEmpty()
              ? "The image sets no USER, so it runs as root"
              : "The image runs as root (User " + user + ")";
    } else {
      subject =
          user.isEmpty()
              ? "<container><user> is not set, so the image runs as root"
                  + (image.userKnown()
                      ? ""
                      : " (unless " + image.baseDescription() + " sets a user)")
              : "<container><user> is " + user + ", so the image runs as root";
    }
    findings.report(image.location(), subject + ": " + why(image.notation()));
  }

  private static String unlessBaseSetsOne(DockerfileInput input, Stage stage) {
    Stage root = stage;
    while (root.base().isStage()) {
      root = input.dockerfile().stages().get(root.base().stageIndex());
    }
    return root.base().kind() == StageBase.Kind.IMAGE
        ? " (unless its base image " + root.base().name() + " sets a user)"
        : "";
  }

  private static String why(Notation notation) {
    return "a process that breaks out of the container, or writes to a mounted volume, does so as"
        + " root. Run it as an unprivileged user once its files are in place: "
        + notation.user(UNPRIVILEGED)
        + ".";
  }

  /** Whether {@code user} ({@code name}, {@code uid} or either with {@code :group}) is root. */
  static boolean isRoot(String user) {
    String name = user.contains(":") ? user.substring(0, user.indexOf(':')) : user;
    return name.equals("root") || name.equals("0");
  }
}
