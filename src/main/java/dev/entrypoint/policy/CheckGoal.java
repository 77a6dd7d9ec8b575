package dev.entrypoint.policy;

import dev.entrypoint.BuildLog;
import dev.entrypoint.PluginInfo;
import dev.entrypoint.dockerfile.BaseImageLookup;
import dev.entrypoint.image.ImageReadException;
import dev.entrypoint.launch.LaunchContract;
import dev.entrypoint.policy.report.ConsoleReport;
import dev.entrypoint.policy.report.ReportFiles;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The workflow of {@code entrypoint:check}: checks what the pom declares (before anything is
 * built), the built image and every Dockerfile of the project, prints the findings and writes the
 * reports. Whether the build fails is the caller's to say, from {@link Result#fails()} (the policy)
 * and {@link Result#internalErrors()} (the plugin).
 */
public final class CheckGoal {

  private CheckGoal() {}

  /** What a check found, and the report files it wrote, relative to the build's root. */
  public record Result(CheckReport report, List<String> reportFiles) {

    /** Whether a finding reaches the {@code failOn} threshold. */
    public boolean fails() {
      return report.fails();
    }

    /** Why the build fails, naming the reports. */
    public String failure() {
      return ConsoleReport.failure(report, reportFiles);
    }

    /** The rules that threw instead of finishing: bugs of the plugin, not findings. */
    public List<RuleCrash> internalErrors() {
      return report.internalErrors();
    }

    /** Why the plugin failed when rules threw, how to turn them off, and the reports. */
    public String internalFailure() {
      return ConsoleReport.internalFailure(report, reportFiles);
    }
  }

  /**
   * Runs the check {@code request} describes, logging every finding and the summary to {@code log}.
   */
  public static Result run(CheckRequest request, BuildLog log)
      throws IOException, ImageReadException {
    long start = System.nanoTime();
    BaseImageLookup baseImages =
        request.resolveBaseImages()
            ? new RegistryBaseImages(request.access(), log)
            : BaseImageLookup.unknown();
    ProjectCheck check =
        new ProjectCheck(request.policy(), request.root(), request.projectDir(), baseImages);
    List<InputReport> inputs = new ArrayList<>();
    LaunchContract contract = LaunchContract.ARGUMENTS;
    if (request.declared().isPresent()) {
      CheckRequest.Declared declared = request.declared().get();
      contract = declared.container().launch();
      inputs.add(
          check.declared(
              declared.container(), declared.base(), declared.application(), declared.quarkus()));
    }
    if (request.image().isPresent()) {
      inputs.add(
          check.image(
              request.image().get(), request.access().apply(request.image().get()), contract, log));
    }
    boolean projectTree = request.dockerfiles().equals(request.projectDir());
    DockerfileDiscovery.Found dockerfiles =
        DockerfileDiscovery.of(request.includes(), request.excludes(), projectTree)
            .find(request.dockerfiles());
    inputs.addAll(check.dockerfiles(dockerfiles.files()));
    OrchestratorDiscovery.Found orchestrators =
        OrchestratorDiscovery.of(request.orchestratorIncludes(), request.orchestratorExcludes())
            .find(request.projectDir());
    ProjectLaunch projectLaunch =
        request
            .declared()
            .map(
                declared ->
                    ProjectCheck.projectLaunch(
                        declared.imageName(),
                        declared.tags(),
                        declared.container().launch(),
                        inputs))
            .orElse(ProjectLaunch.none());
    inputs.addAll(
        check.compose(orchestrators.composeFiles(), request.environment(), projectLaunch));
    inputs.addAll(check.kubernetes(orchestrators.manifests(), projectLaunch));
    CheckReport report = new CheckReport(inputs, check.notes(dockerfiles), request.failOn());
    for (ConsoleReport.Line line :
        ConsoleReport.lines(report, (System.nanoTime() - start) / 1_000_000)) {
      switch (line.level()) {
        case ERROR -> log.error(line.text());
        case WARNING -> log.warn(line.text());
        case INFO -> log.info(line.text());
        case DEBUG -> log.debug(line.text());
      }
    }
    Path root = request.root();
    List<String> files =
        ReportFiles.write(report, request.policy(), PluginInfo.version(), root, request.outputDir())
            .stream()
            .map(file -> root.relativize(file.toAbsolutePath().normalize()).toString())
            .toList();
    return new Result(report, files);
  }
}
