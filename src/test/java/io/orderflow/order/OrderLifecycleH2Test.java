package io.orderflow.order;

/**
 * The order lifecycle on the embedded H2 database, the default for `./mvnw
 * spring-boot:run`.
 */
class OrderLifecycleH2Test extends OrderLifecycleScenarios {

}
