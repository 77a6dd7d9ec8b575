package dev.entrypoint.build;

import com.google.cloud.tools.jib.api.DescriptorDigest;
import com.google.cloud.tools.jib.api.ImageReference;
import com.google.cloud.tools.jib.blob.Blobs;
import com.google.cloud.tools.jib.image.json.ManifestTemplate;
import com.google.cloud.tools.jib.registry.ManifestAndDigest;
import com.google.cloud.tools.jib.registry.RegistryClient;
import dev.entrypoint.BuildLog;
import dev.entrypoint.image.ImageAccess;
import dev.entrypoint.image.RegistryCredential;
import dev.entrypoint.image.RegistrySession;
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
    try (RegistrySession session =
        retry.run(
            "logging in to " + image.getRegistry(),
            () -> RegistrySession.open(image, access, credential, true, log))) {
      RegistryClient client = session.client();
      Set<String> pushed = new LinkedHashSet<>();
      int sent = 0;
      for (PlatformIndex.Member member : index.members()) {
        for (PlatformIndex.Blob blob : member.blobs()) {
          if (pushed.add(blob.digest()) && sendBlob(client, blob, mountFrom)) {
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
                client.pushManifest(
                    new RawManifest(member.manifest(), PlatformIndex.MANIFEST_TYPE),
                    member.digest()));
      }
      RawManifest manifest = new RawManifest(index.index(), PlatformIndex.INDEX_TYPE);
      List<String> tags = tags(target);
      for (String tag : tags) {
        retry.run("pushing the image index as " + tag, () -> client.pushManifest(manifest, tag));
      }
      String digest = held(client, target).orElse(index.digest());
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
    try (RegistrySession session =
        retry.run(
            "logging in to " + target.registry(),
            () -> RegistrySession.open(target.image(), access, credential, false, log))) {
      return held(session.client(), target);
    } catch (InterruptedException e) {
      throw e;
    } catch (Exception e) {
      log.debug("reading back " + target.image() + " failed: " + e);
      return Optional.empty();
    }
  }

  private Optional<String> held(RegistryClient client, ImageTarget target) throws Exception {
    String tag = target.image().getQualifier();
    Optional<ManifestAndDigest<ManifestTemplate>> held =
        retry.run("reading back " + target.image(), () -> client.checkManifest(tag));
    return held.map(manifest -> manifest.getDigest().toString());
  }

  /** Sends one blob unless the registry has it; whether it was sent. */
  private boolean sendBlob(RegistryClient client, PlatformIndex.Blob blob, String mountFrom)
      throws Exception {
    DescriptorDigest digest = DescriptorDigest.fromDigest(blob.digest());
    String what = "pushing blob " + blob.digest() + " (" + blob.size() + " bytes)";
    if (retry.run("checking blob " + blob.digest(), () -> client.checkBlob(digest)).isPresent()) {
      log.debug("the registry has blob " + blob.digest() + " already");
      return false;
    }
    boolean mounted =
        retry.run(
            what,
            () -> {
              try (InputStream in = blob.open()) {
                return client.pushBlob(digest, Blobs.from(in), mountFrom, written -> {});
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
