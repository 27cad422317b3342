package io.orderflow.notification;

/** A hanging mail server on the embedded H2 database. */
class HangingMailServerH2Test extends HangingMailServerScenarios {

}
