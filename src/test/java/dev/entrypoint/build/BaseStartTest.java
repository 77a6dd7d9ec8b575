package dev.entrypoint.build;

import static org.assertj.core.api.Assertions.assertThat;

import dev.entrypoint.project.BaseImage;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class BaseStartTest {

  private static final Path CACHE = Path.of("/cache");

  @ParameterizedTest
  @CsvSource({
    "docker://base:1, tar, jib-base-stored",
    "docker://base:1, docker, jib-base-stored",
    "docker://base:1, registry, jib-base",
    "tar://base.tar, tar, jib-base-stored",
    "tar://base.tar, registry, jib-base",
    "registry.example/base:1, docker, jib-base",
  })
  void aDockerOrTarBaseForATarballOrTheDaemonHasItsLayersStoredInACacheOfTheirOwn(
      String base, String target, String cache) {
    ImageBuildRequest request =
        ImageBuildRequest.builder()
            .base(BaseImage.parse(base, Path.of("/project")))
            .target(ImageTarget.of(target, "registry.example/app:1", List.of()))
            .outputDir(Path.of("/out"))
            .cacheDir(CACHE)
            .applicationCacheDir(Path.of("/app-cache"))
            .build();

    assertThat(BaseStart.storesLayers(request)).isEqualTo(cache.endsWith("stored"));
    assertThat(BaseStart.baseLayersCache(request)).isEqualTo(CACHE.resolve(cache));
  }
}
