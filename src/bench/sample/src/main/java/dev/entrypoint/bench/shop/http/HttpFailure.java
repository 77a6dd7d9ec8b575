package dev.entrypoint.bench.shop.http;

/** A request that cannot be answered, with the status to send. */
public final class HttpFailure extends RuntimeException {

  private final int status;

  public HttpFailure(int status, String message) {
    super(message);
    this.status = status;
  }

  public static HttpFailure notFound(String what) {
    return new HttpFailure(404, what + " not found");
  }

  public static HttpFailure badRequest(String why) {
    return new HttpFailure(400, why);
  }

  public int status() {
    return status;
  }
}
