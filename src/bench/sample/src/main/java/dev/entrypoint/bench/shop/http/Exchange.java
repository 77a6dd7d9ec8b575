package dev.entrypoint.bench.shop.http;

import com.google.common.base.Splitter;
import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.InputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** One request: its method, path, query parameters and body. */
public final class Exchange {

  private final HttpExchange exchange;
  private final Map<String, String> query = new LinkedHashMap<>();

  public Exchange(HttpExchange exchange) {
    this.exchange = exchange;
    String raw = exchange.getRequestURI().getRawQuery();
    if (raw != null && !raw.isEmpty()) {
      for (String pair : Splitter.on('&').omitEmptyStrings().split(raw)) {
        int eq = pair.indexOf('=');
        String key = eq < 0 ? pair : pair.substring(0, eq);
        String value = eq < 0 ? "" : pair.substring(eq + 1);
        query.put(decode(key), decode(value));
      }
    }
  }

  public String path() {
    return exchange.getRequestURI().getPath();
  }

  public Method method() {
    return Method.of(exchange.getRequestMethod());
  }

  public Optional<String> query(String name) {
    return Optional.ofNullable(query.get(name));
  }

  public int intQuery(String name, int fallback) {
    try {
      return query(name).map(Integer::parseInt).orElse(fallback);
    } catch (NumberFormatException e) {
      throw HttpFailure.badRequest(name + " must be a number");
    }
  }

  public InputStream body() {
    return exchange.getRequestBody();
  }

  public byte[] bodyBytes() throws IOException {
    return exchange.getRequestBody().readAllBytes();
  }

  HttpExchange raw() {
    return exchange;
  }

  private static String decode(String value) {
    return URLDecoder.decode(value, StandardCharsets.UTF_8);
  }
}
