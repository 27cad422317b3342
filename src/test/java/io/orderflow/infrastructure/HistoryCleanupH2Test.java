package io.orderflow.infrastructure;

/** History cleanup on the embedded H2 database. */
class HistoryCleanupH2Test extends HistoryCleanupScenarios {

}
