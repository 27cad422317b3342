package io.orderflow.web;

/** The engine REST API's answers to races on the embedded database. */
class EngineRestConflictsH2Test extends EngineRestConflictScenarios {

}
