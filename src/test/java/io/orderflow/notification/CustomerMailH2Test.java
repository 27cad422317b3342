package io.orderflow.notification;

/** Customer mails on the embedded H2 database. */
class CustomerMailH2Test extends CustomerMailScenarios {

}
