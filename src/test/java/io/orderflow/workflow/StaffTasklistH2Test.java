package io.orderflow.workflow;

import org.springframework.test.context.TestPropertySource;

/**
 * Staff in Tasklist, in a real browser, against the application on the embedded H2
 * database. A database of its own: a queue shows one page of cards, and the other
 * scenarios leave dozens of open tasks that would push this test's tasks off it.
 */
@TestPropertySource(properties = "orderflow.test.database=browser")
class StaffTasklistH2Test extends StaffTasklistScenarios {

}
