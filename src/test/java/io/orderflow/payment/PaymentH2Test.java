package io.orderflow.payment;

/** Payment on the embedded H2 database, the default for `./mvnw spring-boot:run`. */
class PaymentH2Test extends PaymentScenarios {

}
