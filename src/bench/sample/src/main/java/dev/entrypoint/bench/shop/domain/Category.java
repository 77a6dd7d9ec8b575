package dev.entrypoint.bench.shop.domain;

/** The shop's departments, each with the code its SKUs start with. */
public enum Category {
  BOOKS("BOK"),
  GARDEN("GAR"),
  KITCHEN("KIT"),
  OUTDOOR("OUT"),
  TOOLS("TOL");

  private final String code;

  Category(String code) {
    this.code = code;
  }

  public String code() {
    return code;
  }
}
