package dev.entrypoint.bench.shop.domain;

/** One line of an order: a product, how many, and the price each was sold at. */
public record OrderLine(Sku sku, int quantity, Money unitPrice) {

  public OrderLine {
    if (quantity <= 0) {
      throw new IllegalArgumentException("quantity must be positive: " + quantity);
    }
  }

  public Money total() {
    return unitPrice.times(quantity);
  }
}
