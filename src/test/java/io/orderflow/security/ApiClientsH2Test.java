package io.orderflow.security;

/** API clients on the embedded H2 database, the default for `./mvnw spring-boot:run`. */
class ApiClientsH2Test extends ApiClientScenarios {

}
