CREATE TABLE product (
  sku VARCHAR(9) PRIMARY KEY,
  name VARCHAR(200) NOT NULL,
  slug VARCHAR(200) NOT NULL,
  category VARCHAR(20) NOT NULL,
  price_cents BIGINT NOT NULL,
  stock INT NOT NULL
);
CREATE TABLE shop_order (
  id BIGINT AUTO_INCREMENT PRIMARY KEY,
  customer_id VARCHAR(64) NOT NULL,
  status VARCHAR(20) NOT NULL,
  placed_at TIMESTAMP NOT NULL
);
CREATE TABLE order_line (
  order_id BIGINT NOT NULL REFERENCES shop_order (id),
  sku VARCHAR(9) NOT NULL REFERENCES product (sku),
  quantity INT NOT NULL,
  unit_price_cents BIGINT NOT NULL
);
