package io.orderflow.web;

import io.orderflow.OnPostgres;

/** The engine REST API's answers to races on a real PostgreSQL server. */
class EngineRestConflictsPostgresTest extends EngineRestConflictScenarios implements OnPostgres {

}
