package dev.entrypoint.orchestrator;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * The services of one or more Compose files read as {@code docker compose -f A -f B} reads them:
 * every value interpolated with the variables of the environment that runs Compose and of the
 * {@code .env} file in the first file's directory (the environment wins), string commands split as
 * Compose v2 splits them, and what a later file sets for a service replacing what an earlier one
 * set ({@code environment} names are merged).
 */
public final class ComposeProject {

  private final List<ComposeService> services;
  private final Map<String, String> dotEnv;

  private ComposeProject(List<ComposeService> services, Map<String, String> dotEnv) {
    this.services = List.copyOf(services);
    this.dotEnv = Collections.unmodifiableMap(new LinkedHashMap<>(dotEnv));
  }

  /**
   * Reads {@code files}, in order; {@code shown} gives the path findings and messages name for a
   * file, and {@code environment} is the environment that runs Compose.
   *
   * @throws YamlFileException when a file is not YAML, or not a Compose file
   */
  public static ComposeProject read(
      List<Path> files, Function<Path, String> shown, Map<String, String> environment)
      throws IOException {
    if (files.isEmpty()) {
      throw new IllegalArgumentException("no Compose file");
    }
    Path directory = files.get(0).toAbsolutePath().getParent();
    Map<String, String> dotEnv =
        DotEnvFile.read(directory, name -> Optional.ofNullable(environment.get(name)));
    Function<String, Optional<String>> variables =
        name ->
            Optional.ofNullable(environment.get(name))
                .or(() -> Optional.ofNullable(dotEnv.get(name)));
    Map<String, ComposeService> services = new LinkedHashMap<>();
    for (Path file : files) {
      String path = shown.apply(file);
      ComposeFileReader reader = new ComposeFileReader(file, path, variables);
      for (ComposeService service : reader.services(YamlDocuments.read(file, path))) {
        services.merge(service.name(), service, ComposeService::overriddenBy);
      }
    }
    return new ComposeProject(new ArrayList<>(services.values()), dotEnv);
  }

  /** The services, in the order the files first name them. */
  public List<ComposeService> services() {
    return services;
  }

  /** The service named {@code name}. */
  public Optional<ComposeService> service(String name) {
    return services.stream().filter(service -> service.name().equals(name)).findFirst();
  }

  /** The variables the {@code .env} file sets, in its order. */
  public Map<String, String> dotEnv() {
    return dotEnv;
  }

  @Override
  public String toString() {
    return services.stream().map(ComposeService::name).toList().toString();
  }
}
