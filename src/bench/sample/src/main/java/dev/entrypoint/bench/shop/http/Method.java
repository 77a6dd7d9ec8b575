package dev.entrypoint.bench.shop.http;

/** The HTTP methods the shop answers. */
public enum Method {
  GET,
  POST;

  /** The method of a request line, or {@code null} when the shop does not answer it. */
  public static Method of(String name) {
    for (Method method : values()) {
      if (method.name().equals(name)) {
        return method;
      }
    }
    return null;
  }
}
