package io.orderflow.infrastructure;

/** Operations metrics on the embedded H2 database. */
class OperationsMetricsH2Test extends OperationsMetricsScenarios {

}
