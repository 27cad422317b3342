package io.orderflow.order;

/** The order search on the embedded H2 database. */
class OrderSearchH2Test extends OrderSearchScenarios {

}
