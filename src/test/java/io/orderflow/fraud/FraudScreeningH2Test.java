package io.orderflow.fraud;

/**
 * Fraud screening on the embedded H2 database, the default for `./mvnw spring-boot:run`.
 */
class FraudScreeningH2Test extends FraudScreeningScenarios {

}
