package dev.entrypoint.build;

import com.google.cloud.tools.jib.api.DescriptorDigest;
import com.google.cloud.tools.jib.api.ImageReference;
import dev.entrypoint.BuildLog;
import dev.entrypoint.image.ImageAccess;
import dev.entrypoint.image.RegistryCredential;
import dev.entrypoint.jib.RegistryConnection;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Pushes a {@link PlatformIndex} to a registry in the order that never leaves a tag on a partial
 * image: the blobs the registry lacks (each asked for first, and mounted from the base's repository
 * when that is on the same registry), then each platform's manifest by its digest, and only then
 * the index under every tag. Every request is retried by {@link PushRetry}.
 */
final class RegistryPush {

  private final ImageAccess access;
  private final Optional<RegistryCredential> credential;
  private final PushRetry retry;
  private final BuildLog log;

  RegistryPush(
      ImageAccess access, Optional<RegistryCredential> credential, PushRetry retry, BuildLog log) {
    this.access = access;
    this.credential = credential;
    this.retry = retry;
    this.log = log;
  }

  /**
   * Pushes {@code index} as {@code target}'s image and its extra tags; {@code mountFrom} is a
   * repository on the same registry that may hold some of the blobs already (the base's), or null.
   * Returns the digest the registry holds under the first tag afterwards.
   */
  String push(PlatformIndex index, ImageTarget target, String mountFrom) throws Exception {
    ImageReference image = target.image();
    try (RegistryConnection registry =
        retry.run(
            "logging in to " + image.getRegistry(),
            () -> access.openRegistry(image, credential, true, log))) {
      Set<String> pushed = new LinkedHashSet<>();
      int sent = 0;
      for (PlatformIndex.Member member : index.members()) {
        for (PlatformIndex.Blob blob : member.blobs()) {
          if (pushed.add(blob.digest()) && sendBlob(registry, blob, mountFrom)) {
            sent++;
          }
        }
      }
      log.info(
          "Pushed "
              + sent
              + " of "
              + pushed.size()
              + " blobs to "
              + image.getRegistry()
              + "/"
              + image.getRepository()
              + "; the registry held the others");
      for (PlatformIndex.Member member : index.members()) {
        retry.run(
            "pushing the " + TargetPlatforms.name(member.platform()) + " manifest",
            () ->
                registry.pushManifest(
                    member.manifest(), PlatformIndex.MANIFEST_TYPE, member.digest()));
      }
      List<String> tags = tags(target);
      for (String tag : tags) {
        retry.run(
            "pushing the image index as " + tag,
            () -> registry.pushManifest(index.index(), PlatformIndex.INDEX_TYPE, tag));
      }
      String digest = held(registry, target).orElse(index.digest());
      if (!digest.equals(index.digest())) {
        log.warn(
            "The registry holds "
                + digest
                + " under "
                + image.withQualifier(tags.get(0))
                + ", not the index pushed, "
                + index.digest()
                + ": another push to the same tag may have come in between.");
      }
      return digest;
    }
  }

  /**
   * The digest of the manifest the registry holds under {@code target}'s first tag, read back after
   * a push; empty when it cannot be read.
   */
  Optional<String> held(ImageTarget target) throws InterruptedException {
    try (RegistryConnection registry =
        retry.run(
            "logging in to " + target.registry(),
            () -> access.openRegistry(target.image(), credential, false, log))) {
      return held(registry, target);
    } catch (InterruptedException e) {
      throw e;
    } catch (Exception e) {
      log.debug("reading back " + target.image() + " failed: " + e);
      return Optional.empty();
    }
  }

  private Optional<String> held(RegistryConnection registry, ImageTarget target) throws Exception {
    String tag = target.image().getQualifier();
    Optional<DescriptorDigest> held =
        retry.run("reading back " + target.image(), () -> registry.manifestDigest(tag));
    return held.map(DescriptorDigest::toString);
  }

  /** Sends one blob unless the registry has it; whether it was sent. */
  private boolean sendBlob(RegistryConnection registry, PlatformIndex.Blob blob, String mountFrom)
      throws Exception {
    DescriptorDigest digest = DescriptorDigest.fromDigest(blob.digest());
    String what = "pushing blob " + blob.digest() + " (" + blob.size() + " bytes)";
    if (retry.run("checking blob " + blob.digest(), () -> registry.hasBlob(digest))) {
      log.debug("the registry has blob " + blob.digest() + " already");
      return false;
    }
    boolean mounted =
        retry.run(
            what,
            () -> {
              try (InputStream in = blob.open()) {
                return registry.pushBlob(digest, in, mountFrom);
              }
            });
    log.debug((mounted ? "mounted blob " : "pushed blob ") + blob.digest());
    return !mounted;
  }

  private static List<String> tags(ImageTarget target) {
    List<String> tags = new ArrayList<>();
    tags.add(target.image().getQualifier());
    tags.addAll(target.tags());
    return tags;
  }
}
