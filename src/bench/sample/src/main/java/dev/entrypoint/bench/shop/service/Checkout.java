package dev.entrypoint.bench.shop.service;

import dev.entrypoint.bench.shop.domain.Customer;
import dev.entrypoint.bench.shop.domain.Order;
import dev.entrypoint.bench.shop.domain.OrderLine;
import dev.entrypoint.bench.shop.domain.OrderStatus;
import dev.entrypoint.bench.shop.domain.Sku;
import dev.entrypoint.bench.shop.store.OrderStore;
import java.sql.SQLException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Turns a basket into a placed order at the customer's prices. */
public final class Checkout {

  private final OrderStore orders;
  private final PriceQuotes quotes;
  private final Clock clock;

  public Checkout(OrderStore orders, PriceQuotes quotes) {
    this(orders, quotes, Clock.systemUTC());
  }

  Checkout(OrderStore orders, PriceQuotes quotes, Clock clock) {
    this.orders = orders;
    this.quotes = quotes;
    this.clock = clock;
  }

  /** Places an order for {@code basket} (SKU to quantity) and returns it with its id. */
  public Order place(Customer customer, Map<Sku, Integer> basket) throws SQLException {
    List<OrderLine> lines = new ArrayList<>();
    basket.forEach(
        (sku, quantity) ->
            lines.add(new OrderLine(sku, quantity, quotes.quote(sku, customer.tier()))));
    Order order = new Order(0, customer.id(), lines, OrderStatus.PLACED, clock.instant());
    long id = orders.insert(order);
    return new Order(id, order.customerId(), order.lines(), order.status(), order.placedAt());
  }
}
