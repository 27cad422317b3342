package io.orderflow.web;

import io.orderflow.OnPostgres;

/** The API document on a real PostgreSQL server, as in production. */
class ApiDocumentPostgresTest extends ApiDocumentScenarios implements OnPostgres {

}
