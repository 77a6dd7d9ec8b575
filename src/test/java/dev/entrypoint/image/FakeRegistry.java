package dev.entrypoint.image;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPOutputStream;

/**
 * A registry on loopback plain HTTP that serves what a test put into it, as the distribution
 * registry answers pulls: manifests by tag or digest, blobs by digest, {@code 404
 * MANIFEST_UNKNOWN}, and {@code 401} with a basic-auth challenge when it has a user. Like the real
 * one it hangs up on a TLS handshake at once, so that a client trying HTTPS first learns quickly
 * that there is none. One request per connection; it records every request line.
 */
final class FakeRegistry implements AutoCloseable {

  static final String MANIFEST = "application/vnd.docker.distribution.manifest.v2+json";
  static final String MANIFEST_LIST = "application/vnd.docker.distribution.manifest.list.v2+json";

  private static final Pattern ROUTE = Pattern.compile("^/v2/(.+)/(manifests|blobs)/([^/]+)$");

  private static final int TLS_HANDSHAKE = 0x16;

  private final ServerSocket server;
  private final ExecutorService connections = Executors.newCachedThreadPool();
  private final Map<String, byte[]> blobs = new ConcurrentHashMap<>();
  private final Map<String, byte[]> manifests = new ConcurrentHashMap<>();
  private final Map<String, String> manifestTypes = new ConcurrentHashMap<>();
  private final List<String> requests = new ArrayList<>();
  private volatile String authorization;

  private FakeRegistry() throws IOException {
    server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
    connections.submit(this::accept);
  }

  /** A registry listening on a free loopback port. */
  static FakeRegistry start() throws IOException {
    return new FakeRegistry();
  }

  /** {@code localhost:PORT}, as an image reference names it. */
  String host() {
    return "localhost:" + server.getLocalPort();
  }

  /** From now on every request needs these basic-auth credentials. */
  FakeRegistry requireBasicAuth(String user, String password) {
    byte[] credentials = (user + ":" + password).getBytes(StandardCharsets.UTF_8);
    authorization = "Basic " + Base64.getEncoder().encodeToString(credentials);
    return this;
  }

  /**
   * Stores an image under {@code repository:tag}: its config and its layers, gzip-compressed as
   * registries hold them. Returns the manifest's digest.
   */
  String putImage(String repository, String tag, String configJson, LayerTar... layers) {
    byte[] config = configJson.getBytes(StandardCharsets.UTF_8);
    StringBuilder layerDescriptors = new StringBuilder();
    for (LayerTar layer : layers) {
      byte[] blob = gzip(layer.bytes());
      layerDescriptors
          .append(layerDescriptors.length() == 0 ? "" : ",")
          .append(
              descriptor(
                  "application/vnd.docker.image.rootfs.diff.tar.gzip",
                  putBlob(blob),
                  blob.length,
                  ""));
    }
    String manifest =
        "{\"schemaVersion\":2,\"mediaType\":\""
            + MANIFEST
            + "\",\"config\":"
            + descriptor(
                "application/vnd.docker.container.image.v1+json",
                putBlob(config),
                config.length,
                "")
            + ",\"layers\":["
            + layerDescriptors
            + "]}";
    return putManifest(repository, tag, MANIFEST, manifest);
  }

  /**
   * Stores a manifest list under {@code repository:tag} naming {@code digestsByArchitecture} for
   * linux.
   */
  String putManifestList(String repository, String tag, Map<String, String> digestsByArchitecture) {
    List<String> entries = new ArrayList<>();
    digestsByArchitecture.forEach(
        (architecture, digest) ->
            entries.add(
                descriptor(
                    MANIFEST,
                    digest,
                    manifests.get(repository + "@" + digest).length,
                    ",\"platform\":{\"architecture\":\"" + architecture + "\",\"os\":\"linux\"}")));
    String list =
        "{\"schemaVersion\":2,\"mediaType\":\""
            + MANIFEST_LIST
            + "\",\"manifests\":["
            + String.join(",", entries)
            + "]}";
    return putManifest(repository, tag, MANIFEST_LIST, list);
  }

  /** The paths of the requests served so far, such as {@code GET /v2/team/app/manifests/1.0}. */
  synchronized List<String> requests() {
    return List.copyOf(requests);
  }

  private String putManifest(String repository, String tag, String mediaType, String json) {
    byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
    String digest = digest(bytes);
    for (String key : List.of(repository + ":" + tag, repository + "@" + digest)) {
      manifests.put(key, bytes);
      manifestTypes.put(key, mediaType);
    }
    return digest;
  }

  private String putBlob(byte[] blob) {
    String digest = digest(blob);
    blobs.put(digest, blob);
    return digest;
  }

  private void accept() {
    while (!server.isClosed()) {
      try {
        Socket socket = server.accept();
        connections.submit(() -> serve(socket));
      } catch (IOException closed) {
        return;
      }
    }
  }

  private void serve(Socket socket) {
    try (socket) {
      InputStream in = new BufferedInputStream(socket.getInputStream());
      in.mark(1);
      if (in.read() == TLS_HANDSHAKE) {
        return;
      }
      in.reset();
      String[] requestLine = line(in).split(" ");
      Map<String, String> headers = new LinkedHashMap<>();
      for (String header = line(in); !header.isEmpty(); header = line(in)) {
        int colon = header.indexOf(':');
        headers.put(
            header.substring(0, colon).strip().toLowerCase(Locale.ROOT),
            header.substring(colon + 1).strip());
      }
      synchronized (this) {
        requests.add(requestLine[0] + " " + requestLine[1]);
      }
      answer(requestLine[1], headers.get("authorization"), socket.getOutputStream());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private void answer(String path, String sentAuthorization, OutputStream out) throws IOException {
    if (authorization != null && !authorization.equals(sentAuthorization)) {
      respond(
          out,
          "401 Unauthorized",
          "application/json",
          error("UNAUTHORIZED", "authentication required"),
          "WWW-Authenticate: Basic realm=\"fake-registry\"\r\n");
      return;
    }
    if (path.equals("/v2/")) {
      respond(out, "200 OK", "application/json", "{}".getBytes(StandardCharsets.UTF_8), "");
      return;
    }
    Matcher route = ROUTE.matcher(path);
    if (route.matches() && route.group(2).equals("manifests")) {
      String reference = route.group(3);
      String key = route.group(1) + (reference.startsWith("sha256:") ? "@" : ":") + reference;
      if (manifests.containsKey(key)) {
        respond(out, "200 OK", manifestTypes.get(key), manifests.get(key), "");
      } else {
        respond(
            out,
            "404 Not Found",
            "application/json",
            error("MANIFEST_UNKNOWN", "manifest unknown"),
            "");
      }
      return;
    }
    if (route.matches() && blobs.containsKey(route.group(3))) {
      respond(out, "200 OK", "application/octet-stream", blobs.get(route.group(3)), "");
      return;
    }
    respond(
        out,
        "404 Not Found",
        "application/json",
        error("BLOB_UNKNOWN", "blob unknown to registry"),
        "");
  }

  private static String line(InputStream in) throws IOException {
    ByteArrayOutputStream line = new ByteArrayOutputStream();
    for (int b = in.read(); b != -1 && b != '\n'; b = in.read()) {
      if (b != '\r') {
        line.write(b);
      }
    }
    return line.toString(StandardCharsets.ISO_8859_1);
  }

  private static void respond(
      OutputStream out, String status, String contentType, byte[] body, String headers)
      throws IOException {
    String head =
        "HTTP/1.1 "
            + status
            + "\r\nContent-Type: "
            + contentType
            + "\r\nContent-Length: "
            + body.length
            + "\r\nDocker-Distribution-API-Version: registry/2.0\r\nConnection: close\r\n"
            + headers
            + "\r\n";
    out.write(head.getBytes(StandardCharsets.ISO_8859_1));
    out.write(body);
    out.flush();
  }

  private static byte[] error(String code, String message) {
    return ("{\"errors\":[{\"code\":\"" + code + "\",\"message\":\"" + message + "\"}]}")
        .getBytes(StandardCharsets.UTF_8);
  }

  private static String descriptor(String mediaType, String digest, long size, String extra) {
    return "{\"mediaType\":\""
        + mediaType
        + "\",\"size\":"
        + size
        + ",\"digest\":\""
        + digest
        + "\""
        + extra
        + "}";
  }

  static String digest(byte[] bytes) {
    try {
      return "sha256:"
          + HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private static byte[] gzip(byte[] bytes) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (GZIPOutputStream gzip = new GZIPOutputStream(out)) {
      gzip.write(bytes);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  @Override
  public void close() {
    try {
      server.close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    connections.shutdownNow();
  }
}
