package dev.entrypoint.bench.shop.api;

import dev.entrypoint.bench.shop.domain.Customer;
import dev.entrypoint.bench.shop.domain.Order;
import dev.entrypoint.bench.shop.domain.Sku;
import dev.entrypoint.bench.shop.http.Exchange;
import dev.entrypoint.bench.shop.http.HttpFailure;
import dev.entrypoint.bench.shop.http.Route;
import dev.entrypoint.bench.shop.json.Json;
import dev.entrypoint.bench.shop.service.Checkout;
import java.util.LinkedHashMap;
import java.util.Map;

/** {@code POST /orders}: places an order and answers with its id and total. */
public final class OrdersHandler implements Route {

  private final Checkout checkout;
  private final Json json;

  public OrdersHandler(Checkout checkout, Json json) {
    this.checkout = checkout;
    this.json = json;
  }

  @Override
  public Object handle(Exchange exchange) throws Exception {
    OrderRequest request = json.read(exchange.bodyBytes(), OrderRequest.class);
    if (request.customerId() == null || request.items() == null || request.items().isEmpty()) {
      throw HttpFailure.badRequest("customerId and items are required");
    }
    Map<Sku, Integer> basket = new LinkedHashMap<>();
    request.items().forEach((sku, quantity) -> basket.put(new Sku(sku), quantity));
    Customer.Tier tier =
        request.tier() == null ? Customer.Tier.REGULAR : Customer.Tier.valueOf(request.tier());
    Order order = checkout.place(new Customer(request.customerId(), tier), basket);
    return Map.of(
        "id", order.id(), "total", order.total().toString(), "status", order.status().name());
  }
}
