package dev.entrypoint;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * jib-core outside its {@code api} package, which may change without notice, is used only in {@code
 * dev.entrypoint.jib}, and this list names every class of it there and where: an upgrade of
 * jib-core has this one package and this one list to check. The tests count too.
 */
class JibInternalsTest {

  private static final List<Path> SOURCES =
      List.of(Path.of("src/main/java"), Path.of("src/test/java"));

  /** A jib-core class outside its api, imported (statically too) or named in full. */
  private static final Pattern INTERNAL =
      Pattern.compile(
          "com\\.google\\.cloud\\.tools\\.jib\\.(?!api\\.)((?:[a-z]\\w*\\.)+[A-Z]\\w*)");

  private static final String ADAPTERS = "jib.";

  /** {@code <class of this plugin> uses <jib-core class, without com.google.cloud.tools.jib.>}. */
  private static final List<String> KNOWN =
      List.of(
          "jib.AuthFileCredentials uses frontend.CredentialRetrieverFactory",
          "jib.AuthFileCredentials uses registry.credentials.CredentialRetrievalException",
          "jib.BuildEvents uses event.events.ProgressEvent",
          "jib.BuildEvents uses event.events.TimerEvent",
          "jib.CredentialsOverHttpSwitch uses global.JibSystemProperties",
          "jib.OwnDockerClient uses docker.CliDockerClient",
          "jib.OwnDockerClient uses image.ImageTarball",
          "jib.RawManifest uses image.json.ManifestTemplate",
          "jib.RegistryConnection uses blob.Blobs",
          "jib.RegistryConnection uses event.EventHandlers",
          "jib.RegistryConnection uses http.FailoverHttpClient",
          "jib.RegistryConnection uses image.json.BuildableManifestTemplate",
          "jib.RegistryConnection uses image.json.ManifestListTemplate",
          "jib.RegistryConnection uses image.json.ManifestTemplate",
          "jib.RegistryConnection uses registry.RegistryClient",
          "jib.RegistryErrors uses http.ResponseException",
          "jib.RegistryErrors uses registry.RegistryCredentialsNotSentException",
          "jib.RegistryManifest uses image.json.ManifestListTemplate",
          "jib.ReproducibleLayer uses blob.BlobDescriptor",
          "jib.ReproducibleLayer uses hash.CountingDigestOutputStream",
          "jib.ReproducibleLayer uses image.ReproducibleLayerBuilder",
          // tests
          "jib.BuildEventsTest uses event.events.ProgressEvent",
          "jib.BuildEventsTest uses event.events.TimerEvent",
          "jib.BuildEventsTest uses event.progress.Allocation",
          "jib.JibExceptions uses http.ResponseException",
          "jib.JibExceptions uses registry.RegistryCredentialsNotSentException");

  @Test
  void onlyTheJibPackageUsesJibCoreOutsideItsApi() throws IOException {
    Set<String> users = new TreeSet<>();
    for (String use : uses()) {
      users.add(use.substring(0, use.indexOf(' ')));
    }

    assertThat(users).isNotEmpty().allMatch(user -> user.startsWith(ADAPTERS));
  }

  @Test
  void jibCoreOutsideItsApiIsUsedOnlyWhereThisListSays() throws IOException {
    assertThat(uses()).containsExactlyInAnyOrderElementsOf(KNOWN);
  }

  /** Each use of a jib-core class outside its api: {@code <class> uses <jib-core class>}. */
  private static Set<String> uses() throws IOException {
    Set<String> found = new TreeSet<>();
    for (Path sources : SOURCES) {
      try (Stream<Path> files = Files.walk(sources)) {
        for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
          String name =
              sources.relativize(file).toString().replace('/', '.').replaceAll("\\.java$", "");
          Matcher internal = INTERNAL.matcher(Files.readString(file));
          while (internal.find()) {
            found.add(name.replace("dev.entrypoint.", "") + " uses " + internal.group(1));
          }
        }
      }
    }
    return found;
  }
}
