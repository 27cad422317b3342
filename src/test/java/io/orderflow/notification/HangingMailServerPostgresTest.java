package io.orderflow.notification;

import io.orderflow.OnPostgres;

/** A hanging mail server on a real PostgreSQL server, as in production. */
class HangingMailServerPostgresTest extends HangingMailServerScenarios implements OnPostgres {

}
