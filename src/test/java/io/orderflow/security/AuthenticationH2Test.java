package io.orderflow.security;

/**
 * Authentication on the embedded H2 database, the default for `./mvnw spring-boot:run`.
 */
class AuthenticationH2Test extends AuthenticationScenarios {

}
