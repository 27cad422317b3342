package io.orderflow.order;

/** Personal data retention on the embedded H2 database. */
class PersonalDataRetentionH2Test extends PersonalDataRetentionScenarios {

}
