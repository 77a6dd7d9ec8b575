package dev.entrypoint.policy;

import dev.entrypoint.dockerfile.Stage;
import dev.entrypoint.image.ImageFiles;
import dev.entrypoint.launch.ImageLaunch;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The policy a project sets: the rules of a catalog at their severities (defaults, or the pom's
 * overrides; {@link Severity#OFF} rules do not run), the pom's suppressions, and whether inline
 * {@code # entrypoint:ignore} comments count. {@link #check} runs it over one input; a rule that
 * throws there is reported as a {@link RuleCrash}, never as a finding. Immutable, so one policy
 * serves parallel module builds.
 */
public final class Policy {

  private final RuleCatalog catalog;
  private final Map<String, Severity> severities;
  private final List<Suppression> suppressions;
  private final boolean allowInlineSuppressions;

  private Policy(Builder builder) {
    this.catalog = builder.catalog;
    this.severities = Map.copyOf(builder.severities);
    this.suppressions = List.copyOf(builder.suppressions);
    this.allowInlineSuppressions = builder.allowInlineSuppressions;
  }

  /** A policy over {@code catalog} with every rule at its default severity. */
  public static Builder builder(RuleCatalog catalog) {
    return new Builder(catalog);
  }

  /** The catalog the policy draws its rules from, rules it turns off included. */
  public RuleCatalog catalog() {
    return catalog;
  }

  /** The severity {@code rule} has under this policy. */
  public Severity severityOf(Rule rule) {
    return severities.getOrDefault(rule.id(), rule.defaultSeverity());
  }

  /**
   * Checks a Dockerfile; {@code projectPath} is its path relative to its project, which pom
   * suppressions may name.
   */
  public InputReport check(DockerfileInput input, String projectPath) {
    Run run = new Run(input.location(), projectPath);
    for (Rule rule : catalog.rules()) {
      if (rule instanceof DockerfileRule check && run.enabled(rule)) {
        run.apply(rule, sink -> check.check(input, sink));
      }
    }
    List<String> notes = new ArrayList<>();
    InlineSuppressions inline = InlineSuppressions.of(input.dockerfile());
    notes.addAll(inline.problems());
    for (InlineSuppressions.Ignore ignore : inline.ignores()) {
      ignore.rules().stream()
          .filter(id -> catalog.find(id).isEmpty())
          .forEach(
              id ->
                  notes.add(
                      "line "
                          + ignore.line()
                          + ": entrypoint:ignore names rule '"
                          + id
                          + "', which does not exist (the rules are listed in docs/check.md)"));
    }
    List<Finding> findings = new ArrayList<>();
    int overruled = 0;
    for (Finding finding : run.suppressedByPom()) {
      Optional<InlineSuppressions.Ignore> ignore =
          finding.counts()
              ? inline.find(finding.ruleId(), finding.location().line())
              : Optional.empty();
      if (ignore.isPresent() && allowInlineSuppressions) {
        finding =
            finding.suppressedBy(
                new Finding.Suppressed(Finding.Suppressed.Kind.INLINE, ignore.get().reason()));
      } else if (ignore.isPresent()) {
        overruled++;
      }
      findings.add(finding);
    }
    if (overruled > 0) {
      notes.add(
          overruled
              + " finding(s) carry an entrypoint:ignore comment that does not count,"
              + " because allowInlineSuppressions is false");
    }
    Optional<Stage> target = input.target();
    return new InputReport(
        InputReport.Kind.DOCKERFILE,
        input.path(),
        target.map(Stage::label).orElse("no stage"),
        target.map(Stage::launch).orElse(ImageLaunch.none()),
        target.map(stage -> stage.config().launchKnown()).orElse(false),
        run.checked,
        List.of(),
        findings,
        run.crashes,
        notes);
  }

  /**
   * Checks an image (declared by a pom, or built) and, when they could be read, its files; {@code
   * projectPath} is the input's path relative to its project, which pom suppressions may name.
   */
  public InputReport check(ImageInput input, Optional<ImageFiles> files, String projectPath) {
    Run run = new Run(input.location(), projectPath);
    List<String> skipped = new ArrayList<>();
    for (Rule rule : catalog.rules()) {
      if (!run.enabled(rule)) {
        continue;
      }
      if (rule instanceof ImageRule check) {
        run.apply(rule, sink -> check.check(input, sink));
      }
      if (rule instanceof ImageFilesRule check && input.origin() == ImageInput.Origin.BUILT) {
        if (files.isPresent()) {
          run.apply(rule, sink -> check.check(input, files.get(), sink));
        } else if (!skipped.contains(rule.id())) {
          skipped.add(rule.id());
        }
      }
    }
    boolean declared = input.origin() == ImageInput.Origin.DECLARED;
    return new InputReport(
        declared ? InputReport.Kind.POM : InputReport.Kind.IMAGE,
        input.location().path(),
        declared ? "<container>" : "image",
        input.launch(),
        input.launchKnown(),
        run.checked,
        skipped,
        run.suppressedByPom(),
        run.crashes,
        List.of());
  }

  /**
   * Checks a Compose file; {@code projectPath} is its path relative to its project. Findings about
   * settings another file makes (the base file of an override) are that file's own.
   */
  public InputReport check(ComposeInput input, String projectPath) {
    Run run =
        run(
            input.location(),
            projectPath,
            ComposeRule.class,
            (rule, sink) -> rule.check(input, sink));
    return orchestratorReport(
        InputReport.Kind.COMPOSE,
        input.path(),
        "services " + names(input.services().stream().map(s -> s.name()).toList()),
        run);
  }

  /** Checks a Kubernetes manifest; {@code projectPath} is its path relative to its project. */
  public InputReport check(KubernetesInput input, String projectPath) {
    Run run =
        run(
            input.location(),
            projectPath,
            KubernetesRule.class,
            (rule, sink) -> rule.check(input, sink));
    return orchestratorReport(
        InputReport.Kind.KUBERNETES,
        input.path(),
        "containers " + names(input.containers().stream().map(c -> c.path()).toList()),
        run);
  }

  /** Runs every enabled rule of {@code kind} with {@code check}. */
  private <R> Run run(
      Location location,
      String projectPath,
      Class<R> kind,
      java.util.function.BiConsumer<R, FindingSink> check) {
    Run run = new Run(location, projectPath);
    for (Rule rule : catalog.rules()) {
      if (kind.isInstance(rule) && run.enabled(rule)) {
        run.apply(rule, sink -> check.accept(kind.cast(rule), sink));
      }
    }
    return run;
  }

  private static InputReport orchestratorReport(
      InputReport.Kind kind, String path, String subject, Run run) {
    return new InputReport(
        kind,
        path,
        subject,
        ImageLaunch.none(),
        false,
        run.checked,
        List.of(),
        run.suppressedByPom().stream()
            .filter(finding -> finding.location().path().equals(path))
            .toList(),
        run.crashes,
        List.of());
  }

  private static String names(List<String> names) {
    return names.isEmpty() ? "(none)" : String.join(", ", names);
  }

  /**
   * The rules run over one input, what they found, and the rules that threw instead of finishing
   * (their findings on this input dropped).
   */
  private final class Run {
    final Location location;
    final String projectPath;
    final List<String> checked = new ArrayList<>();
    final List<Finding> findings = new ArrayList<>();
    final List<RuleCrash> crashes = new ArrayList<>();

    Run(Location location, String projectPath) {
      this.location = location;
      this.projectPath = projectPath;
    }

    boolean enabled(Rule rule) {
      return severityOf(rule) != Severity.OFF;
    }

    void apply(Rule rule, java.util.function.Consumer<FindingSink> check) {
      Severity severity = severityOf(rule);
      if (!checked.contains(rule.id())) {
        checked.add(rule.id());
      }
      List<Finding> found = new ArrayList<>();
      try {
        check.accept(
            (where, message) -> found.add(new Finding(rule.id(), severity, where, message)));
        findings.addAll(found);
      } catch (RuntimeException | StackOverflowError bug) {
        crashes.add(RuleCrash.of(rule.id(), location.path(), bug));
      }
    }

    /** The findings in file order, each suppressed when a pom suppression covers it. */
    List<Finding> suppressedByPom() {
      List<Finding> result = new ArrayList<>();
      for (Finding finding : findings) {
        Optional<Suppression> suppression =
            suppressions.stream()
                .filter(s -> s.covers(finding.ruleId(), finding.location().path(), projectPath))
                .findFirst();
        result.add(
            suppression
                .map(
                    s ->
                        finding.suppressedBy(
                            new Finding.Suppressed(Finding.Suppressed.Kind.POM, s.reason())))
                .orElse(finding));
      }
      result.sort(
          Comparator.comparingInt((Finding f) -> f.location().line())
              .thenComparingInt(f -> f.location().column()));
      return result;
    }
  }

  /** Builds a {@link Policy}, checking every rule id it is given against the catalog. */
  public static final class Builder {
    private final RuleCatalog catalog;
    private final Map<String, Severity> severities = new HashMap<>();
    private final List<Suppression> suppressions = new ArrayList<>();
    private boolean allowInlineSuppressions = true;

    private Builder(RuleCatalog catalog) {
      this.catalog = Objects.requireNonNull(catalog, "catalog");
    }

    /** Gives rule {@code id} a severity ({@link Severity#OFF} turns it off). */
    public Builder severity(String id, Severity severity) {
      return severity(id, severity, "<rules>");
    }

    /**
     * Gives rules the severities a pom writes, {@code <rules><runs-as-root>off</runs-as-root>}:
     * rule id to {@code error}, {@code warning}, {@code info} or {@code off}.
     */
    public Builder severities(Map<String, String> written) {
      written.forEach(
          (id, value) -> severity(id, Severity.parse(value, "<rules><" + id + ">"), "<rules>"));
      return this;
    }

    private Builder severity(String id, Severity severity, String element) {
      severities.put(catalog.require(id, element).id(), Objects.requireNonNull(severity));
      return this;
    }

    /** Adds a pom suppression. */
    public Builder suppress(Suppression suppression) {
      catalog.require(suppression.rule(), "<suppression><rule>");
      suppressions.add(suppression);
      return this;
    }

    /** Whether {@code # entrypoint:ignore} comments count (they do by default). */
    public Builder allowInlineSuppressions(boolean allow) {
      this.allowInlineSuppressions = allow;
      return this;
    }

    /** The policy. */
    public Policy build() {
      return new Policy(this);
    }
  }

  @Override
  public String toString() {
    return "policy over "
        + catalog
        + ", overrides "
        + severities
        + ", suppressions "
        + suppressions
        + (allowInlineSuppressions ? "" : ", inline suppressions not allowed");
  }
}
