package io.orderflow.shipping;

/** Delivery problems on the embedded H2 database. */
class DeliveryProblemH2Test extends DeliveryProblemScenarios {

}
