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
 * Every class of jib-core outside its {@code api} package that the plugin uses, and where: an
 * upgrade of jib-core, which may change those without notice, has this one list to check.
 */
class JibInternalsTest {

  private static final Path SOURCES = Path.of("src/main/java");
  private static final Pattern INTERNAL =
      Pattern.compile(
          "^import com\\.google\\.cloud\\.tools\\.jib\\.(?!api\\.)([\\w.]+);", Pattern.MULTILINE);

  /** {@code <class of this plugin> uses <jib-core class, without com.google.cloud.tools.jib.>}. */
  private static final List<String> KNOWN =
      List.of(
          "build.BuildProgress uses event.events.ProgressEvent",
          "build.BuildProgress uses event.events.TimerEvent",
          "build.ImageBuilder uses global.JibSystemProperties",
          "build.JibFailure uses registry.RegistryCredentialsNotSentException",
          "build.LayerSkippingDockerClient uses docker.CliDockerClient",
          "build.LayerSkippingDockerClient uses image.ImageTarball",
          "build.PushRetry uses http.ResponseException",
          "build.RawManifest uses image.json.ManifestTemplate",
          "build.RegistryPush uses blob.Blobs",
          "build.RegistryPush uses image.json.ManifestTemplate",
          "build.RegistryPush uses registry.ManifestAndDigest",
          "build.RegistryPush uses registry.RegistryClient",
          "image.RegistryCredentials uses frontend.CredentialRetrieverFactory",
          "image.RegistryCredentials uses registry.credentials.CredentialRetrievalException",
          "image.RegistryFailure uses http.ResponseException",
          "image.RegistryFailure uses registry.RegistryCredentialsNotSentException",
          "image.RegistrySession uses event.EventHandlers",
          "image.RegistrySession uses http.FailoverHttpClient",
          "image.RegistrySession uses registry.RegistryClient",
          "image.RemoteImage uses image.json.BuildableManifestTemplate",
          "image.RemoteImage uses image.json.ManifestListTemplate",
          "image.RemoteImage uses image.json.ManifestTemplate",
          "image.RemoteImage uses registry.RegistryClient");

  @Test
  void jibCoreOutsideItsApiIsUsedOnlyWhereThisListSays() throws IOException {
    Set<String> found = new TreeSet<>();
    try (Stream<Path> files = Files.walk(SOURCES)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
        String name =
            SOURCES.relativize(file).toString().replace('/', '.').replaceAll("\\.java$", "");
        Matcher internal = INTERNAL.matcher(Files.readString(file));
        while (internal.find()) {
          found.add(name.replace("dev.entrypoint.", "") + " uses " + internal.group(1));
        }
      }
    }

    assertThat(found).containsExactlyInAnyOrderElementsOf(KNOWN);
  }
}
