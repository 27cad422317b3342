package io.orderflow.order;

/** The CSV export on the embedded H2 database. */
class OrderExportH2Test extends OrderExportScenarios {

}
