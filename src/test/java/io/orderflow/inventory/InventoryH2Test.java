package io.orderflow.inventory;

/** Inventory on the embedded H2 database, the default for `./mvnw spring-boot:run`. */
class InventoryH2Test extends InventoryScenarios {

}
