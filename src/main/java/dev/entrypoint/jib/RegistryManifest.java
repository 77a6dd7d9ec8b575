package dev.entrypoint.jib;

import com.google.cloud.tools.jib.api.DescriptorDigest;
import com.google.cloud.tools.jib.image.json.ManifestListTemplate;
import java.util.List;

/**
 * A manifest as a registry serves it, read by jib-core: one image's ({@link Image}), a list of
 * images for several platforms ({@link ImageList}: a Docker manifest list or an OCI index), or one
 * of an older schema that names no config ({@link WithoutConfig}).
 */
public sealed interface RegistryManifest
    permits RegistryManifest.Image, RegistryManifest.ImageList, RegistryManifest.WithoutConfig {

  /** The manifest's schema version. */
  int schemaVersion();

  /** A blob that a manifest names: its digest and size in bytes. */
  record Blob(DescriptorDigest digest, long size) {}

  /** One image's manifest: its config blob and its layers, bottom first. */
  record Image(int schemaVersion, Blob config, List<Blob> layers) implements RegistryManifest {

    public Image {
      layers = List.copyOf(layers);
    }
  }

  /** A list of images, one per platform. */
  final class ImageList implements RegistryManifest {

    private final ManifestListTemplate list;

    ImageList(ManifestListTemplate list) {
      this.list = list;
    }

    @Override
    public int schemaVersion() {
      return list.getSchemaVersion();
    }

    /** The digests of the images listed for {@code os}/{@code architecture}, in list order. */
    public List<String> digestsFor(String architecture, String os) {
      return list.getDigestsForPlatform(architecture, os);
    }
  }

  /** A manifest of {@code schemaVersion} that names no config (Docker's schema 1). */
  record WithoutConfig(int schemaVersion) implements RegistryManifest {}
}
