package dev.entrypoint.bench.shop.domain;

/** Who orders: an id and the tier that sets their discount. */
public record Customer(String id, Tier tier) {

  /** Loyalty tiers and their discounts in per cent. */
  public enum Tier {
    REGULAR(0),
    SILVER(5),
    GOLD(10);

    private final int discount;

    Tier(int discount) {
      this.discount = discount;
    }

    public int discount() {
      return discount;
    }
  }

  public static Customer regular(String id) {
    return new Customer(id, Tier.REGULAR);
  }
}
