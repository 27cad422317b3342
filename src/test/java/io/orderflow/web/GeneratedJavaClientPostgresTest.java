package io.orderflow.web;

import io.orderflow.OnPostgres;

/** The generated Java client on a real PostgreSQL server, as in production. */
class GeneratedJavaClientPostgresTest extends GeneratedJavaClientScenarios implements OnPostgres {

}
