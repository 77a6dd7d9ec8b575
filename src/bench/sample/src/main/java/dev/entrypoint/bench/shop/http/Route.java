package dev.entrypoint.bench.shop.http;

/** What answers one method and path. */
@FunctionalInterface
public interface Route {

  /** Answers the request with a value that is written as JSON, or throws {@link HttpFailure}. */
  Object handle(Exchange exchange) throws Exception;
}
