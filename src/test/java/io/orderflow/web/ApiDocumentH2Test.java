package io.orderflow.web;

/**
 * The API document on the embedded H2 database, the default for `./mvnw spring-boot:run`.
 */
class ApiDocumentH2Test extends ApiDocumentScenarios {

}
