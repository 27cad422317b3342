package io.orderflow.returns;

/** Returns on the embedded H2 database, the default for `./mvnw spring-boot:run`. */
class ReturnH2Test extends ReturnScenarios {

}
