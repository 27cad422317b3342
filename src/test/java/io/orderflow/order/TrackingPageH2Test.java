package io.orderflow.order;

/** The tracking page on the embedded H2 database. */
class TrackingPageH2Test extends TrackingPageScenarios {

}
