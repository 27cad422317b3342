package io.orderflow.shipping;

/** Warehouse work and labels on the embedded H2 database. */
class WarehouseWorkH2Test extends WarehouseWorkScenarios {

}
