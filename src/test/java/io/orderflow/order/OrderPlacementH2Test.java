package io.orderflow.order;

/**
 * Placing orders on the embedded H2 database, the default for `./mvnw spring-boot:run`.
 */
class OrderPlacementH2Test extends OrderPlacementScenarios {

}
