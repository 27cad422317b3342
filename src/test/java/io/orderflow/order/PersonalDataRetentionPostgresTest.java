package io.orderflow.order;

import io.orderflow.OnPostgres;

/** Personal data retention on a real PostgreSQL server, as in production. */
class PersonalDataRetentionPostgresTest extends PersonalDataRetentionScenarios implements OnPostgres {

}
