package io.orderflow.payment;

/** Cancelling around the authorization on the embedded H2 database. */
class CancelDuringAuthorizationH2Test extends CancelDuringAuthorizationScenarios {

}
