package io.orderflow.web;

/** The generated Java client on the embedded H2 database. */
class GeneratedJavaClientH2Test extends GeneratedJavaClientScenarios {

}
