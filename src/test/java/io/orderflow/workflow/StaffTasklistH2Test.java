package io.orderflow.workflow;

/**
 * Staff in Tasklist, in a real browser, against the application on the embedded H2
 * database.
 */
class StaffTasklistH2Test extends StaffTasklistScenarios {

}
