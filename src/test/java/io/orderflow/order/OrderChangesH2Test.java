package io.orderflow.order;

/** The changed-since feed on the embedded H2 database. */
class OrderChangesH2Test extends OrderChangesScenarios {

}
