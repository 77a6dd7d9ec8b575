package dev.entrypoint.build;

import com.google.cloud.tools.jib.api.buildplan.FileEntriesLayer;
import com.google.cloud.tools.jib.api.buildplan.FileEntry;
import dev.entrypoint.BuildLog;
import dev.entrypoint.jib.CompressedLayer;
import dev.entrypoint.jib.Descriptor;
import dev.entrypoint.jib.ReproducibleLayer;
import dev.entrypoint.launch.ImageLaunch;
import dev.entrypoint.project.ManifestFormat;
import java.io.IOException;
import java.nio.channels.ClosedByInterruptException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Builds an image by changing the last one, when only the application's layers can differ: the
 * build's {@linkplain BuildFingerprint#frame frame} (base, settings, launch, variables, layer
 * names) is the one the last build recorded. An application layer whose files changed (its {@link
 * #stamp}) is built again, as jib-core builds it; the config gets the new layers' diff IDs, and the
 * manifests are written as jib-core writes them: the image is the one a whole build makes, digest
 * for digest. Only what changed is written. For a tarball, the other layers are copied from the
 * last one, neither hashed nor compressed again; the Docker daemon, which still holds the last
 * image, is sent the changed layers and those above them (it keeps a layer only on the layers it
 * was loaded on).
 *
 * <p>When that cannot be done (no record of the last image, its tarball or daemon image gone, a
 * Docker-format tarball, a load refused), nothing is written and the whole build runs.
 */
final class IncrementalBuild {

  private static final String OCI_LAYOUT = "{\"imageLayoutVersion\": \"1.0.0\"}";

  private final ImageBuildRequest request;
  private final ImageOutputs outputs;
  private final DaemonImages daemon;
  private final BuildLog log;

  IncrementalBuild(
      ImageBuildRequest request, ImageOutputs outputs, DaemonImages daemon, BuildLog log) {
    this.request = request;
    this.outputs = outputs;
    this.daemon = daemon;
    this.log = log;
  }

  /** Whether the request's target is one this can change in place: a tarball or the daemon. */
  private boolean serves() {
    return !request.platforms().isMultiple()
        && switch (request.target().kind()) {
          case TAR -> request.container().format() != ManifestFormat.DOCKER;
          case DOCKER -> true;
          case REGISTRY -> false;
        };
  }

  /** The image an incremental build made, and its launch, the last image's. */
  record Changed(ImageOutputs.Made made, ImageLaunch launch) {}

  /**
   * The image of {@code applicationLayers} (the image's top layers, in order) in the last build's
   * {@code frame}; empty when the last image cannot be changed into it.
   */
  Optional<Changed> build(ImageOutputs.Frame frame, List<FileEntriesLayer> applicationLayers)
      throws IOException, InterruptedException {
    if (!serves()) {
      return Optional.empty();
    }
    Optional<ImageOutputs.LastImage> found = outputs.last(frame.digest());
    if (found.isEmpty() || found.get().layerStamps().size() != applicationLayers.size()) {
      return Optional.empty();
    }
    ImageOutputs.LastImage last = found.get();
    if (request.target().kind() == ImageTarget.Kind.DOCKER && !stillInDaemon(last)) {
      return Optional.empty();
    }
    int baseLayers = last.layers().size() - applicationLayers.size();
    List<ImageLayer> layers = new ArrayList<>(last.layers());
    // The layers built again, by digest: those whose files changed, and for the daemon every one
    // above the first of them too, as it keeps a layer only on top of the same layers below.
    Map<String, CompressedLayer> built = new LinkedHashMap<>();
    List<String> changed = new ArrayList<>();
    boolean aboveChange = false;
    Optional<ImageOutputs.Made> made;
    try (ScratchDirectory work = ScratchDirectory.in(request.outputDir(), ".layers-")) {
      for (int i = 0; i < applicationLayers.size(); i++) {
        boolean stale = !frame.layerStamps().get(i).equals(last.layerStamps().get(i));
        if (!stale && !(aboveChange && request.target().kind() == ImageTarget.Kind.DOCKER)) {
          continue;
        }
        aboveChange = true;
        CompressedLayer layer =
            ReproducibleLayer.write(applicationLayers.get(i), work.path().resolve("layer-" + i));
        layers.set(baseLayers + i, new ImageLayer(layer.blob(), layer.diffId()));
        built.put(layer.blob().digest(), layer);
        if (!layer.blob().equals(last.layers().get(baseLayers + i).blob())) {
          changed.add(applicationLayers.get(i).getName());
        }
      }
      Optional<byte[]> config = withDiffIds(last.config(), last.layers(), layers);
      if (config.isEmpty() || !distinct(layers)) {
        return Optional.empty();
      }
      made =
          request.target().kind() == ImageTarget.Kind.TAR
              ? tarball(last, layers, built, config.get())
              : load(layers, changed.isEmpty() ? Map.of() : built, config.get(), work.path());
    }
    if (made.isEmpty()) {
      return Optional.empty();
    }
    int kept = layers.size() - changed.size();
    log.info(
        changed.isEmpty()
            ? "No layer changed: the image is the last one"
            : "Changed the last image: rebuilt "
                + String.join(", ", changed)
                + ", kept "
                + kept
                + (kept == 1 ? " other layer" : " other layers"));
    return Optional.of(new Changed(made.get(), last.launch()));
  }

  /**
   * A digest of what makes {@code layer}: each file's place in the image, modes, times and owner,
   * and its source's path, size and modification time (what jib-core's layer cache goes by). Equal
   * to the last build's, the layer is the last one.
   */
  static String stamp(FileEntriesLayer layer) throws IOException {
    StringBuilder entries = new StringBuilder();
    for (FileEntry entry : layer.getEntries()) {
      Path source = entry.getSourceFile();
      entries
          .append(entry.getExtractionPath())
          .append('\0')
          .append(entry.getPermissions().toOctalString())
          .append('\0')
          .append(entry.getModificationTime().toEpochMilli())
          .append('\0')
          .append(entry.getOwnership())
          .append('\0')
          .append(source.toAbsolutePath());
      if (Files.isRegularFile(source)) {
        BasicFileAttributes attributes = Files.readAttributes(source, BasicFileAttributes.class);
        entries
            .append('\0')
            .append(attributes.size())
            .append('\0')
            .append(attributes.lastModifiedTime().toMillis());
      }
      entries.append('\n');
    }
    return Descriptor.of(entries.toString().getBytes(StandardCharsets.UTF_8)).hash();
  }

  private boolean stillInDaemon(ImageOutputs.LastImage last) throws InterruptedException {
    for (String name : request.target().allNames()) {
      if (!daemon.hasImage(name, last.imageId())) {
        return false;
      }
    }
    return true;
  }

  /**
   * The last tarball with the changed layers, config and manifests: the other layers are copied
   * from it as they are.
   */
  private Optional<ImageOutputs.Made> tarball(
      ImageOutputs.LastImage last,
      List<ImageLayer> layers,
      Map<String, CompressedLayer> built,
      byte[] config)
      throws IOException, InterruptedException {
    Path lastTarball = outputs.tarball();
    if (!Files.isRegularFile(lastTarball)) {
      return Optional.empty();
    }
    Descriptor configBlob = Descriptor.of(config);
    byte[] manifest = ManifestJson.oci(configBlob, blobs(layers));
    Descriptor manifestBlob = Descriptor.of(manifest);
    try (TarballWriter.Source previous = TarballWriter.Source.open(lastTarball)) {
      // Blobs are named by their digests: the last image's manifest is there, or it is not.
      if (!previous.has(blobPath(new Descriptor(last.digest(), 0)))) {
        return Optional.empty();
      }
      try (TarballWriter tar = TarballWriter.create(outputs.jibTarball())) {
        for (ImageLayer layer : layers) {
          String name = blobPath(layer.blob());
          CompressedLayer fresh = built.get(layer.blob().digest());
          if (fresh != null) {
            tar.add(name, fresh.file());
          } else {
            tar.addCopy(name, previous);
          }
        }
        tar.add(blobPath(configBlob), config);
        tar.add(blobPath(manifestBlob), manifest);
        tar.add("oci-layout", OCI_LAYOUT.getBytes(StandardCharsets.UTF_8));
        tar.add(
            "index.json",
            ManifestJson.ociIndex(manifestBlob, request.target().image().toStringWithQualifier()));
        tar.add(
            "manifest.json",
            ManifestJson.dockerSave(
                blobPath(configBlob),
                request.target().allNames(),
                layers.stream().map(layer -> blobPath(layer.blob())).toList()));
      }
    } catch (ClosedByInterruptException e) {
      outputs.discard();
      throw new InterruptedException("interrupted while writing " + outputs.tarball());
    } catch (IOException e) {
      outputs.discard();
      log.debug("The last tarball could not be changed, building it whole: " + e);
      return Optional.empty();
    }
    return Optional.of(
        new ImageOutputs.Made(manifestBlob.digest(), configBlob.digest(), true, config, layers));
  }

  /**
   * Loads into the Docker daemon the {@code sent} layers and the config, with a {@code
   * manifest.json} that lists every layer: the daemon has the others, in the last image. The
   * tarball is written in {@code work} first.
   */
  private Optional<ImageOutputs.Made> load(
      List<ImageLayer> layers, Map<String, CompressedLayer> sent, byte[] config, Path work)
      throws IOException, InterruptedException {
    Descriptor configBlob = Descriptor.of(config);
    String digest = Descriptor.of(ManifestJson.docker(configBlob, blobs(layers))).digest();
    ImageOutputs.Made made =
        new ImageOutputs.Made(digest, configBlob.digest(), false, config, layers);
    if (sent.isEmpty()) {
      return Optional.of(made);
    }
    Path tarball = work.resolve("load.tar");
    try (TarballWriter tar = TarballWriter.create(tarball)) {
      for (CompressedLayer layer : sent.values()) {
        tar.add(layerFile(layer.blob()), layer.file());
      }
      tar.add("config.json", config);
      tar.add(
          "manifest.json",
          ManifestJson.dockerSave(
              "config.json",
              request.target().allNames(),
              layers.stream().map(layer -> layerFile(layer.blob())).toList()));
    }
    try {
      daemon.load(tarball);
    } catch (IOException e) {
      log.debug("Loading the changed layers failed, building the image whole: " + e.getMessage());
      return Optional.empty();
    }
    return Optional.of(made);
  }

  /**
   * The image jib-core loaded into the daemon, with the {@code config} and {@code layers} the load
   * saw go by when they give jib-core's digests again (so the next build can change it); else
   * without them.
   */
  static ImageOutputs.Made loaded(
      String digest, String imageId, byte[] config, List<ImageLayer> layers, BuildLog log) {
    if (config != null) {
      Descriptor configBlob = Descriptor.of(config);
      String manifest = Descriptor.of(ManifestJson.docker(configBlob, blobs(layers))).digest();
      if (manifest.equals(digest) && configBlob.digest().equals(imageId)) {
        return new ImageOutputs.Made(digest, imageId, false, config, layers);
      }
      log.debug(
          "The loaded image's manifest would be "
              + manifest
              + ", not jib-core's "
              + digest
              + ": the next build will build it whole");
    }
    return new ImageOutputs.Made(digest, imageId, false);
  }

  /**
   * {@code config} with the diff IDs of {@code before} replaced by those of {@code after}, in
   * place, byte for byte; empty when one to replace is not there exactly once or one to put in is
   * there already.
   */
  static Optional<byte[]> withDiffIds(
      byte[] config, List<ImageLayer> before, List<ImageLayer> after) {
    String text = new String(config, StandardCharsets.UTF_8);
    String original = text;
    for (int i = 0; i < before.size(); i++) {
      String old = "\"" + before.get(i).diffId() + "\"";
      String replacement = "\"" + after.get(i).diffId() + "\"";
      if (old.equals(replacement)) {
        continue;
      }
      int at = text.indexOf(old);
      if (at < 0 || text.indexOf(old, at + 1) >= 0 || original.contains(replacement)) {
        return Optional.empty();
      }
      text = text.substring(0, at) + replacement + text.substring(at + old.length());
    }
    return Optional.of(text.getBytes(StandardCharsets.UTF_8));
  }

  /** Whether no two layers are the same blob, which this does not keep apart. */
  private static boolean distinct(List<ImageLayer> layers) {
    return new HashSet<>(blobs(layers)).size() == layers.size();
  }

  private static List<Descriptor> blobs(List<ImageLayer> layers) {
    return layers.stream().map(ImageLayer::blob).toList();
  }

  private static String blobPath(Descriptor blob) {
    return "blobs/sha256/" + blob.hash();
  }

  /** A layer's file in a {@code docker save} tarball, as jib-core names it. */
  private static String layerFile(Descriptor blob) {
    return blob.hash() + ".tar.gz";
  }
}
