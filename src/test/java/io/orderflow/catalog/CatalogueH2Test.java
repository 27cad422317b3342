package io.orderflow.catalog;

/**
 * The catalogue on the embedded H2 database, the default for `./mvnw spring-boot:run`.
 */
class CatalogueH2Test extends CatalogueScenarios {

}
