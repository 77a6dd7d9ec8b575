package dev.entrypoint.build;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Predicate;

/**
 * A registry fault proxy on loopback plain HTTP in front of a real registry: it forwards each
 * request on a fresh connection and passes the answer back, except where a rule says to answer
 * {@code 503}, to drop the connection without an answer, or to answer late. One request per
 * connection; a TLS handshake is hung up on at once, as the registry itself does on plain HTTP.
 */
final class FaultProxy implements AutoCloseable {

  /** What to do with a request a rule matches. */
  enum Fault {
    UNAVAILABLE,
    DROP,
    SLOW
  }

  /** A fault for the requests {@code matches} picks, at most {@code times} times (-1: always). */
  private static final class Rule {
    final Predicate<String> matches;
    final Fault fault;
    int times;

    Rule(Predicate<String> matches, Fault fault, int times) {
      this.matches = matches;
      this.fault = fault;
      this.times = times;
    }
  }

  private static final int TLS_HANDSHAKE = 0x16;
  private static final long SLOW_MILLIS = 1500;

  private final ServerSocket server;
  private final int upstreamPort;
  private final ExecutorService connections = Executors.newCachedThreadPool();
  private final List<Rule> rules = new CopyOnWriteArrayList<>();
  private final List<String> faults = new CopyOnWriteArrayList<>();

  private FaultProxy(int upstreamPort) throws IOException {
    this.upstreamPort = upstreamPort;
    this.server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
    connections.submit(this::accept);
  }

  /** A proxy on a free loopback port in front of the registry on loopback {@code upstreamPort}. */
  static FaultProxy before(int upstreamPort) throws IOException {
    return new FaultProxy(upstreamPort);
  }

  /** {@code 127.0.0.1:PORT}, the registry host to name in image references. */
  String host() {
    return "127.0.0.1:" + server.getLocalPort();
  }

  /**
   * Applies {@code fault} to the next {@code times} requests (-1: to all) whose request line
   * ({@code PUT /v2/.../manifests/1}) {@code matches}.
   */
  FaultProxy fault(Predicate<String> matches, Fault fault, int times) {
    rules.add(new Rule(matches, fault, times));
    return this;
  }

  /** The faults applied, each with its request line. */
  List<String> faults() {
    return List.copyOf(faults);
  }

  private void accept() {
    while (!server.isClosed()) {
      try {
        Socket client = server.accept();
        connections.submit(() -> serve(client));
      } catch (IOException closed) {
        return;
      }
    }
  }

  private void serve(Socket client) {
    try (client) {
      InputStream in = client.getInputStream();
      in.mark(1);
      int first = in.read();
      if (first == TLS_HANDSHAKE || first < 0) {
        return;
      }
      ByteArrayOutputStream head = new ByteArrayOutputStream();
      head.write(first);
      while (!endsWithBlankLine(head.toByteArray())) {
        int b = in.read();
        if (b < 0) {
          return;
        }
        head.write(b);
      }
      String headers = head.toString(StandardCharsets.ISO_8859_1);
      String requestLine = headers.substring(0, headers.indexOf("\r\n"));
      byte[] body = readBody(in, headers);
      Fault fault = faultFor(requestLine);
      if (fault == Fault.DROP) {
        client.setSoLinger(true, 0);
        return;
      }
      if (fault == Fault.UNAVAILABLE) {
        byte[] answer =
            ("HTTP/1.1 503 Service Unavailable\r\nContent-Type: application/json\r\n"
                    + "Content-Length: 2\r\nConnection: close\r\n\r\n{}")
                .getBytes(StandardCharsets.ISO_8859_1);
        client.getOutputStream().write(answer);
        return;
      }
      if (fault == Fault.SLOW) {
        Thread.sleep(SLOW_MILLIS);
      }
      forward(headers, body, client.getOutputStream());
    } catch (IOException | InterruptedException e) {
      // the client went away, or the proxy is closing
    }
  }

  private synchronized Fault faultFor(String requestLine) {
    for (Rule rule : rules) {
      if (rule.times != 0 && rule.matches.test(requestLine)) {
        if (rule.times > 0) {
          rule.times--;
        }
        faults.add(rule.fault + " " + requestLine);
        return rule.fault;
      }
    }
    return null;
  }

  /** Sends the request upstream on a fresh connection, and its whole answer back. */
  private void forward(String headers, byte[] body, OutputStream client) throws IOException {
    String rewritten =
        headers
            .replaceFirst("(?im)^Connection:.*\r\n", "")
            .replaceFirst("\r\n\r\n$", "\r\nConnection: close\r\n\r\n")
            .replace(host(), "127.0.0.1:" + upstreamPort);
    try (Socket upstream = new Socket(InetAddress.getLoopbackAddress(), upstreamPort)) {
      OutputStream out = upstream.getOutputStream();
      out.write(rewritten.getBytes(StandardCharsets.ISO_8859_1));
      out.write(body);
      out.flush();
      byte[] answer = upstream.getInputStream().readAllBytes();
      String text = new String(answer, StandardCharsets.ISO_8859_1);
      int end = text.lastIndexOf("\r\n\r\n") < 0 ? text.length() : text.indexOf("\r\n\r\n");
      // Upload locations in the headers name the registry's own address: point them at the proxy.
      String answerHeaders =
          text.substring(0, end)
              .replace("127.0.0.1:" + upstreamPort, host())
              .replace("localhost:" + upstreamPort, host());
      client.write(answerHeaders.getBytes(StandardCharsets.ISO_8859_1));
      client.write(answer, end, answer.length - end);
    }
  }

  private static byte[] readBody(InputStream in, String headers) throws IOException {
    String lower = headers.toLowerCase(Locale.ROOT);
    int at = lower.indexOf("\r\ncontent-length:");
    if (at >= 0) {
      int end = lower.indexOf("\r\n", at + 2);
      int length = Integer.parseInt(headers.substring(at + 17, end).strip());
      return in.readNBytes(length);
    }
    if (lower.contains("\r\ntransfer-encoding: chunked")) {
      ByteArrayOutputStream chunked = new ByteArrayOutputStream();
      while (true) {
        String sizeLine = line(in);
        chunked.write((sizeLine + "\r\n").getBytes(StandardCharsets.ISO_8859_1));
        int size = Integer.parseInt(sizeLine.strip().split(";")[0], 16);
        chunked.write(in.readNBytes(size + 2));
        if (size == 0) {
          return chunked.toByteArray();
        }
      }
    }
    return new byte[0];
  }

  private static String line(InputStream in) throws IOException {
    ByteArrayOutputStream line = new ByteArrayOutputStream();
    for (int b = in.read(); b >= 0 && b != '\n'; b = in.read()) {
      if (b != '\r') {
        line.write(b);
      }
    }
    return line.toString(StandardCharsets.ISO_8859_1);
  }

  private static boolean endsWithBlankLine(byte[] bytes) {
    int n = bytes.length;
    return n >= 4
        && bytes[n - 4] == '\r'
        && bytes[n - 3] == '\n'
        && bytes[n - 2] == '\r'
        && bytes[n - 1] == '\n';
  }

  @Override
  public void close() throws IOException {
    server.close();
    connections.shutdownNow();
  }
}
