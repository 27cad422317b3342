package io.orderflow.infrastructure;

/** Administration on the embedded H2 database. */
class AdministrationH2Test extends AdministrationScenarios {

}
