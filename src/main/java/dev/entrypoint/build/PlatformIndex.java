package dev.entrypoint.build;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.google.cloud.tools.jib.api.buildplan.Platform;
import dev.entrypoint.Json;
import java.io.ByteArrayInputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;
import org.apache.commons.compress.archivers.tar.TarFile;

/**
 * One image per platform joined by an OCI image index. The images come from the OCI image layout
 * tarballs Jib wrote, one per platform, and keep their manifests byte for byte; the index lists
 * each manifest with its platform. It is written as one OCI layout tarball (whose {@code
 * index.json} names the index, plus a {@code docker save} {@code manifest.json} for one platform's
 * image, so that Docker loads that one) or pushed by {@link RegistryPush}; the index's digest is
 * the same either way.
 */
final class PlatformIndex implements Closeable {

  static final String INDEX_TYPE = "application/vnd.oci.image.index.v1+json";
  static final String MANIFEST_TYPE = "application/vnd.oci.image.manifest.v1+json";

  private static final String REF_NAME = "org.opencontainers.image.ref.name";

  /** A blob of one of the images: its digest, size, and where to read it. */
  record Blob(String digest, long size, TarFile tar, TarArchiveEntry entry) {

    /** The blob's bytes. */
    InputStream open() throws IOException {
      return tar.getInputStream(entry);
    }
  }

  /**
   * One platform's image: its manifest as Jib wrote it, and the manifest's digest.
   *
   * @param platform the platform the image is for
   * @param manifest the manifest's bytes
   * @param digest the manifest's digest, {@code sha256:...}
   * @param config the config blob
   * @param layers the layer blobs, bottom first
   */
  record Member(Platform platform, byte[] manifest, String digest, Blob config, List<Blob> layers) {

    /** The config blob and then the layers. */
    List<Blob> blobs() {
      List<Blob> blobs = new ArrayList<>();
      blobs.add(config);
      blobs.addAll(layers);
      return blobs;
    }
  }

  private final List<TarFile> tarballs;
  private final List<Member> members;
  private final byte[] index;
  private final String digest;

  private PlatformIndex(List<TarFile> tarballs, List<Member> members) throws IOException {
    this.tarballs = tarballs;
    this.members = List.copyOf(members);
    ObjectNode json = Json.object();
    json.put("schemaVersion", 2);
    json.put("mediaType", INDEX_TYPE);
    ArrayNode manifests = json.putArray("manifests");
    for (Member member : members) {
      ObjectNode entry = manifests.addObject();
      entry.put("mediaType", MANIFEST_TYPE);
      entry.put("digest", member.digest());
      entry.put("size", member.manifest().length);
      ObjectNode platform = entry.putObject("platform");
      platform.put("architecture", member.platform().getArchitecture());
      platform.put("os", member.platform().getOs());
    }
    this.index = Json.compact(json).getBytes(StandardCharsets.UTF_8);
    this.digest = sha256(index);
  }

  /**
   * Reads the image in each OCI layout tarball, for the platform it is mapped to; closing the index
   * closes the tarballs.
   */
  static PlatformIndex of(Map<Platform, Path> layouts) throws IOException {
    List<TarFile> opened = new ArrayList<>();
    List<Member> members = new ArrayList<>();
    try {
      for (Map.Entry<Platform, Path> layout : layouts.entrySet()) {
        TarFile tar = new TarFile(layout.getValue());
        opened.add(tar);
        members.add(member(layout.getKey(), layout.getValue(), tar));
      }
      return new PlatformIndex(opened, members);
    } catch (IOException | RuntimeException e) {
      for (TarFile tar : opened) {
        tar.close();
      }
      throw e;
    }
  }

  private static Member member(Platform platform, Path path, TarFile tar) throws IOException {
    Map<String, TarArchiveEntry> entries = new HashMap<>();
    for (TarArchiveEntry entry : tar.getEntries()) {
      entries.put(
          entry.getName().startsWith("./") ? entry.getName().substring(2) : entry.getName(), entry);
    }
    JsonNode descriptor =
        Json.read(read(tar, entries, path, "index.json")).path("manifests").path(0);
    String digest = descriptor.path("digest").asText();
    byte[] manifest = read(tar, entries, path, blobPath(digest));
    JsonNode json = Json.read(manifest);
    Blob config = blob(json.path("config"), tar, entries, path);
    List<Blob> layers = new ArrayList<>();
    for (JsonNode layer : json.path("layers")) {
      layers.add(blob(layer, tar, entries, path));
    }
    return new Member(platform, manifest, digest, config, layers);
  }

  private static Blob blob(
      JsonNode descriptor, TarFile tar, Map<String, TarArchiveEntry> entries, Path path)
      throws IOException {
    String digest = descriptor.path("digest").asText();
    TarArchiveEntry entry = entries.get(blobPath(digest));
    if (entry == null) {
      throw new IOException(path + " is incomplete: it has no blob " + digest);
    }
    return new Blob(digest, descriptor.path("size").asLong(), tar, entry);
  }

  /** The images, in the order of the platforms. */
  List<Member> members() {
    return members;
  }

  /** The index's bytes. */
  byte[] index() {
    return index.clone();
  }

  /** The index's digest, {@code sha256:...}: the image's digest. */
  String digest() {
    return digest;
  }

  /** The image for {@code architecture}, else the first: the one Docker loads from the tarball. */
  Member loadedBy(String architecture) {
    return members.stream()
        .filter(member -> member.platform().getArchitecture().equals(architecture))
        .findFirst()
        .orElse(members.get(0));
  }

  /**
   * Writes the OCI image layout tarball: every blob once, each manifest, the index, an {@code
   * index.json} that names the index once per name in {@code names}, and a {@code manifest.json}
   * with {@code loaded}'s image under those names for Docker.
   */
  void writeLayout(Path tarball, List<String> names, Member loaded) throws IOException {
    try (OutputStream file = Files.newOutputStream(tarball);
        TarArchiveOutputStream out = new TarArchiveOutputStream(file)) {
      out.setLongFileMode(TarArchiveOutputStream.LONGFILE_POSIX);
      Map<String, Blob> blobs = new LinkedHashMap<>();
      for (Member member : members) {
        member.blobs().forEach(blob -> blobs.putIfAbsent(blob.digest(), blob));
      }
      for (Blob blob : blobs.values()) {
        try (InputStream in = blob.open()) {
          entry(out, blobPath(blob.digest()), blob.entry().getSize(), in);
        }
      }
      for (Member member : members) {
        bytes(out, blobPath(member.digest()), member.manifest());
      }
      bytes(out, blobPath(digest), index);
      bytes(
          out, "oci-layout", "{\"imageLayoutVersion\":\"1.0.0\"}".getBytes(StandardCharsets.UTF_8));
      bytes(out, "index.json", layoutIndex(names));
      bytes(out, "manifest.json", dockerManifest(names, loaded));
      out.finish();
    }
  }

  private byte[] layoutIndex(List<String> names) {
    ObjectNode json = Json.object();
    json.put("schemaVersion", 2);
    json.put("mediaType", INDEX_TYPE);
    ArrayNode manifests = json.putArray("manifests");
    for (String name : names) {
      ObjectNode entry = manifests.addObject();
      entry.put("mediaType", INDEX_TYPE);
      entry.put("digest", digest);
      entry.put("size", index.length);
      entry.putObject("annotations").put(REF_NAME, name);
    }
    return Json.compact(json).getBytes(StandardCharsets.UTF_8);
  }

  private static byte[] dockerManifest(List<String> names, Member loaded) {
    ObjectNode entry = Json.object();
    entry.put("Config", blobPath(loaded.config().digest()));
    entry.set("RepoTags", Json.stringArray(names));
    ArrayNode layers = entry.putArray("Layers");
    loaded.layers().forEach(layer -> layers.add(blobPath(layer.digest())));
    return Json.compact(Json.array().add(entry)).getBytes(StandardCharsets.UTF_8);
  }

  private static void bytes(TarArchiveOutputStream out, String name, byte[] content)
      throws IOException {
    entry(out, name, content.length, new ByteArrayInputStream(content));
  }

  private static void entry(TarArchiveOutputStream out, String name, long size, InputStream in)
      throws IOException {
    TarArchiveEntry entry = new TarArchiveEntry(name);
    entry.setSize(size);
    entry.setModTime(0);
    out.putArchiveEntry(entry);
    in.transferTo(out);
    out.closeArchiveEntry();
  }

  private static byte[] read(
      TarFile tar, Map<String, TarArchiveEntry> entries, Path path, String name)
      throws IOException {
    TarArchiveEntry entry = entries.get(name);
    if (entry == null) {
      throw new IOException(path + " is not an OCI image layout: it has no " + name);
    }
    try (InputStream in = tar.getInputStream(entry)) {
      return in.readAllBytes();
    }
  }

  private static String blobPath(String digest) {
    return "blobs/" + digest.replace(':', '/');
  }

  private static String sha256(byte[] bytes) {
    try {
      return "sha256:"
          + java.util.HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("the JDK has no SHA-256", e);
    }
  }

  /** Closes the platforms' tarballs. */
  @Override
  public void close() throws IOException {
    for (TarFile tar : tarballs) {
      tar.close();
    }
  }
}
