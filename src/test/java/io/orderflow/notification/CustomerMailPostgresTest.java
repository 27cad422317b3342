package io.orderflow.notification;

import io.orderflow.OnPostgres;

/** Customer mails on a real PostgreSQL server, as in production. */
class CustomerMailPostgresTest extends CustomerMailScenarios implements OnPostgres {

}
