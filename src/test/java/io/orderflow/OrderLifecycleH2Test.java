package io.orderflow;

/** The lifecycle on the embedded H2 database, the default for `./mvnw spring-boot:run`. */
class OrderLifecycleH2Test extends OrderLifecycleScenarios {

}
