package io.orderflow.order;

/** Tracking on the embedded H2 database, the default for `./mvnw spring-boot:run`. */
class OrderTrackingH2Test extends OrderTrackingScenarios {

}
