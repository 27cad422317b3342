package io.orderflow.system;

/** Administration on the embedded H2 database. */
class AdministrationH2Test extends AdministrationScenarios {

}
