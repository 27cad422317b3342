package io.orderflow.shipping;

/** Shipping on the embedded H2 database, the default for `./mvnw spring-boot:run`. */
class ShippingH2Test extends ShippingScenarios {

}
