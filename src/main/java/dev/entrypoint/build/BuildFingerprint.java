package dev.entrypoint.build;

import dev.entrypoint.PluginInfo;
import dev.entrypoint.project.BaseImage;
import dev.entrypoint.project.Dependency;
import dev.entrypoint.project.JavaApplication;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * A digest of everything a build reads: the request's settings, and the name, size and modification
 * time of every file it would put in the image. When it matches the one stored with the last
 * build's outputs, the image is up to date and need not be built again.
 *
 * <p>Its second digest, of the settings alone (everything but the files' sizes and times), starts
 * the {@linkplain #frame frame} of an {@link IncrementalBuild}.
 *
 * <p>A {@code docker://} base is fingerprinted by the ID of the image the daemon has under its
 * name, so pulling or building a new image under that name rebuilds. A registry base by tag cannot
 * be fingerprinted without asking the network; such builds have no fingerprint and always run. A
 * creation time of {@code USE_CURRENT_TIMESTAMP} differs on every build, so it never matches
 * either.
 */
final class BuildFingerprint {

  /**
   * Bump when the plugin starts writing different images for the same inputs; a new plugin version
   * is part of the fingerprint anyway (a snapshot's is not, hence this).
   */
  private static final String FORMAT = "entrypoint-build-1";

  private final MessageDigest inputs = sha256();
  private final MessageDigest settings = sha256();
  private String inputsHex;

  private BuildFingerprint() {}

  /**
   * The fingerprint of {@code request}, or empty when an input cannot be fingerprinted; {@code
   * daemon} is asked only for a {@code docker://} base.
   */
  static Optional<BuildFingerprint> of(ImageBuildRequest request, DaemonImages daemon)
      throws IOException, InterruptedException {
    BaseImage base = request.base();
    boolean pinnedRegistryBase =
        base.kind() == BaseImage.Kind.REGISTRY && base.reference().contains("@sha256:");
    if (base.kind() == BaseImage.Kind.REGISTRY && !pinnedRegistryBase) {
      return Optional.empty();
    }
    BuildFingerprint fingerprint = new BuildFingerprint();
    fingerprint.add(FORMAT);
    fingerprint.add(PluginInfo.version());
    fingerprint.add(base.toString());
    if (base.kind() == BaseImage.Kind.TAR) {
      // The base's layers are not the application's: a new base tarball changes the frame too.
      fingerprint.add(stamp(base.tarPath()));
    }
    if (base.kind() == BaseImage.Kind.DOCKER) {
      Optional<String> baseId = daemon.imageId(base.reference());
      if (baseId.isEmpty()) {
        return Optional.empty();
      }
      fingerprint.add(baseId.get());
    }
    if (base.kind() == BaseImage.Kind.JLINK) {
      fingerprint.add(System.getProperty("java.home"));
      fingerprint.add(System.getProperty("java.runtime.version"));
      fingerprint.add(String.join(",", new TreeSet<>(request.jlinkModules())));
    }
    if (request.application().isPresent()) {
      JavaApplication application = request.application().get();
      fingerprint.add(application.toString());
      fingerprint.addTree("classes", application.classesDir());
      for (Dependency dependency : application.dependencies()) {
        fingerprint.add(dependency.kind().name());
        fingerprint.addFile("dependency", dependency.jar());
      }
      fingerprint.add(request.layout().toString());
      if (request.quarkus().isPresent()) {
        fingerprint.addTree("quarkus-app", request.quarkus().get().directory());
      }
    }
    if (request.extraFiles().isPresent()) {
      fingerprint.addTree("extra", request.extraFiles().get());
    }
    for (ExtraDirectory directory : request.extraDirectories()) {
      fingerprint.add(directory.toString());
      fingerprint.addTree("extra directory", directory.from());
    }
    fingerprint.add(request.extraFilePermissions().toString());
    fingerprint.add(request.container().toString());
    fingerprint.add(request.target().toString());
    fingerprint.add(request.platforms().toString());
    return Optional.of(fingerprint);
  }

  /** The digest of every input: equal to the last build's, the image is up to date. */
  String inputs() {
    if (inputsHex == null) {
      inputsHex = HexFormat.of().formatHex(inputs.digest());
    }
    return inputsHex;
  }

  /**
   * The digest of the settings and {@code more} (what the build made of them: the launch, the
   * variables, the layers' names), without the files: equal to the last build's, only the content
   * of the layers can differ.
   */
  String frame(List<String> more) {
    try {
      MessageDigest frame = (MessageDigest) settings.clone();
      for (String value : more) {
        update(frame, value);
      }
      return HexFormat.of().formatHex(frame.digest());
    } catch (CloneNotSupportedException e) {
      throw new IllegalStateException("the JDK's SHA-256 can be cloned", e);
    }
  }

  private void add(String value) {
    update(inputs, value);
    update(settings, value);
  }

  private static void update(MessageDigest digest, String value) {
    digest.update(value.getBytes(StandardCharsets.UTF_8));
    digest.update((byte) 0);
  }

  /** A file's path and attributes, part of the inputs only. */
  private void addFile(String role, Path file) throws IOException {
    update(inputs, role);
    update(inputs, stamp(file));
  }

  /** A file's size, modification time and whether it is executable; or that it is absent. */
  private static String stamp(Path file) throws IOException {
    if (!Files.exists(file)) {
      return "absent";
    }
    BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
    return file.toAbsolutePath()
        + ":"
        + attributes.size()
        + ":"
        + attributes.lastModifiedTime().toMillis()
        + (Files.isExecutable(file) ? ":x" : "");
  }

  private void addTree(String role, Path dir) throws IOException {
    update(inputs, role);
    if (!Files.isDirectory(dir)) {
      update(inputs, "absent");
      return;
    }
    TreeMap<String, Path> files = new TreeMap<>();
    try (Stream<Path> paths = Files.walk(dir)) {
      paths.forEach(path -> files.put(dir.relativize(path).toString(), path));
    }
    for (Map.Entry<String, Path> entry : files.entrySet()) {
      addFile(entry.getKey(), entry.getValue());
    }
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JDK has SHA-256", e);
    }
  }
}
