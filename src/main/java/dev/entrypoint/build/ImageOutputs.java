package dev.entrypoint.build;

import com.fasterxml.jackson.databind.JsonNode;
import com.google.cloud.tools.jib.api.ImageReference;
import com.google.cloud.tools.jib.api.buildplan.ImageFormat;
import dev.entrypoint.AtomicFile;
import dev.entrypoint.Json;
import dev.entrypoint.TemporaryPaths;
import dev.entrypoint.image.ImageArchive;
import dev.entrypoint.image.ImageSource;
import dev.entrypoint.image.LastBuild;
import dev.entrypoint.jib.Descriptor;
import dev.entrypoint.launch.ImageLaunch;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Properties;

/**
 * The files a build leaves in its output directory, written atomically: {@code image.tar} (for a
 * tar target, loadable by Docker and Podman), {@code image.digest}, {@code image.id}, {@code
 * image.json} (the image config) and {@code image.inputs} (the {@link BuildFingerprint} they were
 * built from, with the layer count and launch an up-to-date build reports). A failed build leaves
 * the previous outputs untouched.
 *
 * <p>{@code image.inputs} also records the build's {@link Frame} and every layer's digests, which
 * an {@link IncrementalBuild} starts from, and {@code image.json} is kept for a docker target too.
 *
 * <p>{@code image.inputs} is a properties file, so an up-to-date build reads it without a JSON
 * mapper: loading one to read {@code image.json} back took longer than the rest of such a build.
 */
final class ImageOutputs {

  static final String TARBALL = "image.tar";
  static final String DIGEST = "image.digest";
  static final String ID = "image.id";
  static final String CONFIG = "image.json";
  static final String INPUTS = "image.inputs";

  private static final String FINGERPRINT = "fingerprint";
  private static final String LAYERS = "layers";
  private static final String ENTRYPOINT = "entrypoint";
  private static final String CMD = "cmd";
  private static final String FRAME = "frame";
  private static final String APPLICATION_LAYER = "applicationLayer.";
  private static final String LAYER = "layer.";

  /**
   * The word count of an ENTRYPOINT or CMD that is not set, as opposed to one set to {@code []}.
   */
  private static final String UNSET = "unset";

  private final Path outputDir;
  private final ImageTarget target;
  private final ImageFormat format;
  private Path jibTarball;

  ImageOutputs(Path outputDir, ImageTarget target, ImageFormat format) {
    this.outputDir = outputDir;
    this.target = target;
    this.format = format;
  }

  /**
   * What a build leaves for the next one to change rather than build again: the digest of its frame
   * (see {@link BuildFingerprint#frame}) and the stamp of each of the application's layers, the
   * image's top ones (see {@link IncrementalBuild#stamp}).
   */
  record Frame(String digest, List<String> layerStamps) {

    int applicationLayers() {
      return layerStamps.size();
    }
  }

  /**
   * An image just made: its manifest (or index) digest, its config digest, whether its tarball
   * already has Docker's {@code manifest.json}, and its config and layers when known without
   * reading the image back ({@code null} and empty otherwise).
   */
  record Made(
      String digest, String imageId, boolean loadable, byte[] config, List<ImageLayer> layers) {

    Made(String digest, String imageId, boolean loadable) {
      this(digest, imageId, loadable, null, List.of());
    }
  }

  /**
   * The last build's image, as {@link #last} finds it: the stamps are those of its application
   * layers, its top ones.
   */
  record LastImage(
      String digest,
      String imageId,
      ImageLaunch launch,
      byte[] config,
      List<ImageLayer> layers,
      List<String> layerStamps) {}

  /** Where a tar target's tarball is. */
  Path tarball() {
    return outputDir.resolve(TARBALL);
  }

  /** A temporary file for Jib to write the tarball to, beside the final one. */
  Path jibTarball() throws IOException {
    if (jibTarball == null) {
      jibTarball = AtomicFile.temporarySibling(outputDir.resolve(TARBALL));
    }
    return jibTarball;
  }

  /**
   * The last build's image, when it was built from inputs with this {@code fingerprint} and is
   * still there: its tarball for a tar target, or an image of the same id under every name in the
   * Docker daemon for a docker target.
   */
  Optional<BuiltImage> reuse(String fingerprint, DaemonImages daemon)
      throws IOException, InterruptedException {
    Properties record = record();
    Path digestFile = outputDir.resolve(DIGEST);
    Path idFile = outputDir.resolve(ID);
    if (!fingerprint.equals(record.getProperty(FINGERPRINT))
        || !Files.isRegularFile(digestFile)
        || !Files.isRegularFile(idFile)) {
      return Optional.empty();
    }
    String digest = Files.readString(digestFile).strip();
    String imageId = Files.readString(idFile).strip();
    ImageLaunch launch = launch(record);
    switch (target.kind()) {
      case TAR -> {
        Path tar = outputDir.resolve(TARBALL);
        if (!Files.isRegularFile(tar) || !Files.isRegularFile(outputDir.resolve(CONFIG))) {
          return Optional.empty();
        }
        LastBuild.record(outputDir, location(digest));
        return Optional.of(
            new BuiltImage(
                target.allNames(),
                digest,
                imageId,
                launch,
                target,
                Optional.of(tar),
                Files.size(tar),
                Integer.parseInt(record.getProperty(LAYERS, "-1")),
                true));
      }
      case DOCKER -> {
        for (String name : target.allNames()) {
          if (!daemon.hasImage(name, imageId)) {
            return Optional.empty();
          }
        }
        LastBuild.record(outputDir, location(digest));
        return Optional.of(
            new BuiltImage(
                target.allNames(),
                digest,
                imageId,
                launch,
                target,
                Optional.empty(),
                -1,
                -1,
                true));
      }
      default -> {
        return Optional.empty();
      }
    }
  }

  /**
   * The last build's image with its config and layers, when it was built with the frame {@code
   * frame}; empty when there is none, or its record is incomplete.
   */
  Optional<LastImage> last(String frame) throws IOException {
    Properties record = record();
    Path configFile = outputDir.resolve(CONFIG);
    if (!frame.equals(record.getProperty(FRAME))
        || !Files.isRegularFile(outputDir.resolve(DIGEST))
        || !Files.isRegularFile(outputDir.resolve(ID))
        || !Files.isRegularFile(configFile)) {
      return Optional.empty();
    }
    List<ImageLayer> layers = new ArrayList<>();
    for (int i = 1; record.containsKey(LAYER + i); i++) {
      Optional<ImageLayer> layer = ImageLayer.parse(record.getProperty(LAYER + i));
      if (layer.isEmpty()) {
        return Optional.empty();
      }
      layers.add(layer.get());
    }
    List<String> stamps = new ArrayList<>();
    for (int i = 1; record.containsKey(APPLICATION_LAYER + i); i++) {
      stamps.add(record.getProperty(APPLICATION_LAYER + i));
    }
    if (stamps.size() > layers.size()) {
      return Optional.empty();
    }
    return Optional.of(
        new LastImage(
            Files.readString(outputDir.resolve(DIGEST)).strip(),
            Files.readString(outputDir.resolve(ID)).strip(),
            launch(record),
            Files.readAllBytes(configFile),
            layers,
            stamps));
  }

  /**
   * Puts the {@code made} image in place and describes it; {@code fingerprint} and {@code frame}
   * may be empty.
   */
  BuiltImage finish(
      Made made, ImageLaunch predictedLaunch, Optional<String> fingerprint, Optional<Frame> frame)
      throws IOException {
    String digest = made.digest();
    String imageId = made.imageId();
    Path inputs = outputDir.resolve(INPUTS);
    Files.deleteIfExists(inputs);
    LastBuild.forget(outputDir);
    Optional<Path> tarball = Optional.empty();
    ImageLaunch launch = predictedLaunch;
    long size = -1;
    int layers = -1;
    List<ImageLayer> imageLayers = made.layers();
    Path configFile = outputDir.resolve(CONFIG);
    if (target.kind() == ImageTarget.Kind.TAR) {
      Path tar = outputDir.resolve(TARBALL);
      placeTarball(tar, made.loadable());
      if (made.config() != null) {
        // Made by changing the last image, which had this launch: nothing to read back.
        AtomicFile.write(configFile, made.config());
        layers = imageLayers.size();
      } else {
        try (ImageArchive archive = ImageArchive.open(tar)) {
          AtomicFile.write(configFile, archive.configBytes());
          launch = archive.config().launch();
          layers = archive.layerCount();
          if (frame.isPresent()) {
            imageLayers = layersOf(archive);
          }
        }
      }
      tarball = Optional.of(tar);
      size = Files.size(tar);
    } else {
      // Outputs of an earlier tar build would no longer describe the image: remove them.
      Files.deleteIfExists(outputDir.resolve(TARBALL));
      if (made.config() != null) {
        AtomicFile.write(configFile, made.config());
      } else {
        Files.deleteIfExists(configFile);
      }
    }
    AtomicFile.write(outputDir.resolve(DIGEST), digest + "\n");
    AtomicFile.write(outputDir.resolve(ID), imageId + "\n");
    LastBuild.record(outputDir, location(digest));
    if (fingerprint.isPresent()) {
      writeRecord(fingerprint.get(), layers, launch, frame, imageLayers);
    }
    return new BuiltImage(
        target.allNames(), digest, imageId, launch, target, tarball, size, layers, false);
  }

  /**
   * Where the image went: the tarball, the daemon's first name, or the pushed repository pinned by
   * {@code digest}.
   */
  private ImageSource location(String digest) {
    return switch (target.kind()) {
      case TAR -> ImageSource.tar(outputDir.resolve(TARBALL));
      case DOCKER -> ImageSource.docker(target.allNames().get(0));
      case REGISTRY ->
          ImageSource.registry(
              ImageReference.of(
                      target.image().getRegistry(), target.image().getRepository(), null, digest)
                  .toString());
    };
  }

  /**
   * The layers of an OCI layout tarball as its manifest and config list them; empty for a {@code
   * docker save} one, whose manifest has no compressed digests.
   */
  private static List<ImageLayer> layersOf(ImageArchive archive) throws IOException {
    Optional<String> manifestDigest = archive.ociManifestDigest();
    if (manifestDigest.isEmpty()) {
      return List.of();
    }
    JsonNode manifest;
    try (InputStream in = archive.openBlob(manifestDigest.get())) {
      manifest = Json.read(in.readAllBytes());
    }
    JsonNode diffIds = Json.read(archive.configBytes()).path("rootfs").path("diff_ids");
    JsonNode blobs = manifest.path("layers");
    if (!blobs.isArray() || blobs.size() != diffIds.size()) {
      return List.of();
    }
    List<ImageLayer> layers = new ArrayList<>();
    for (int i = 0; i < blobs.size(); i++) {
      JsonNode blob = blobs.get(i);
      layers.add(
          new ImageLayer(
              new Descriptor(blob.path("digest").asText(), blob.path("size").asLong()),
              diffIds.get(i).asText()));
    }
    return layers;
  }

  /**
   * {@code image.inputs}: the fingerprint, the layer count, the launch, word by word, and the frame
   * and layers when known.
   */
  private void writeRecord(
      String fingerprint,
      int layers,
      ImageLaunch launch,
      Optional<Frame> frame,
      List<ImageLayer> imageLayers)
      throws IOException {
    Properties record = new Properties();
    record.setProperty(FINGERPRINT, fingerprint);
    record.setProperty(LAYERS, String.valueOf(layers));
    if (launch != null) {
      putWords(record, ENTRYPOINT, launch.entrypoint());
      putWords(record, CMD, launch.cmd());
    }
    if (frame.isPresent() && imageLayers.size() >= frame.get().applicationLayers()) {
      record.setProperty(FRAME, frame.get().digest());
      List<String> stamps = frame.get().layerStamps();
      for (int i = 0; i < stamps.size(); i++) {
        record.setProperty(APPLICATION_LAYER + (i + 1), stamps.get(i));
      }
      for (int i = 0; i < imageLayers.size(); i++) {
        record.setProperty(LAYER + (i + 1), imageLayers.get(i).recorded());
      }
    }
    ByteArrayOutputStream text = new ByteArrayOutputStream();
    record.store(
        text,
        "what entrypoint:build built this image from, and what an up-to-date build reports of it");
    AtomicFile.write(outputDir.resolve(INPUTS), text.toByteArray());
  }

  /**
   * The last build's record; empty when there is none, or it is of an older plugin (a bare
   * fingerprint line), or it is damaged: then the image is built again.
   */
  private Properties record() throws IOException {
    Properties record = new Properties();
    try (InputStream in = Files.newInputStream(outputDir.resolve(INPUTS))) {
      record.load(in);
    } catch (NoSuchFileException none) {
      return record;
    } catch (IllegalArgumentException damaged) {
      return new Properties();
    }
    return isWhole(record) ? record : new Properties();
  }

  /** Whether every count in {@code record} is a number, or for the launch, {@link #UNSET}. */
  private static boolean isWhole(Properties record) {
    for (String key : List.of(LAYERS, ENTRYPOINT, CMD)) {
      String count = record.getProperty(key, UNSET);
      if (!count.equals(UNSET) && !count.matches("-?\\d{1,9}")) {
        return false;
      }
    }
    return true;
  }

  /** The recorded launch, or {@code null} when the build did not know it. */
  private static ImageLaunch launch(Properties record) {
    if (!record.containsKey(ENTRYPOINT)) {
      return null;
    }
    return ImageLaunch.of(words(record, ENTRYPOINT), words(record, CMD));
  }

  /**
   * {@code key} holds the word count, or {@link #UNSET}; {@code key.1}, {@code key.2}... the words.
   */
  private static void putWords(Properties record, String key, List<String> words) {
    record.setProperty(key, words == null ? UNSET : String.valueOf(words.size()));
    if (words != null) {
      for (int i = 0; i < words.size(); i++) {
        record.setProperty(key + "." + (i + 1), words.get(i));
      }
    }
  }

  private static List<String> words(Properties record, String key) {
    String count = record.getProperty(key, UNSET);
    if (count.equals(UNSET)) {
      return null;
    }
    List<String> words = new ArrayList<>();
    for (int i = 1; i <= Integer.parseInt(count); i++) {
      words.add(record.getProperty(key + "." + i, ""));
    }
    return words;
  }

  private void placeTarball(Path tar, boolean loadable) throws IOException {
    try {
      if (format == ImageFormat.OCI && !loadable) {
        LoadableArchive.addDockerManifest(jibTarball, target.allNames());
      }
      AtomicFile.replace(jibTarball, tar);
    } finally {
      discard();
    }
  }

  /** Removes the temporary tarball, after a failure or once it has been placed. */
  void discard() throws IOException {
    if (jibTarball != null) {
      TemporaryPaths.delete(jibTarball);
    }
  }
}
