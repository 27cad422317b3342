package io.orderflow.order;

/** Cancellation on the embedded H2 database, the default for `./mvnw spring-boot:run`. */
class OrderCancellationH2Test extends OrderCancellationScenarios {

}
