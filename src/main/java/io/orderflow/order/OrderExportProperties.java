package io.orderflow.order;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The CSV export of orders ({@code orderflow.exports}): the longest period one request
 * may ask for, so a pull stays a bounded piece of work for the database.
 */
@ConfigurationProperties("orderflow.exports")
record OrderExportProperties(@DefaultValue("P366D") Duration maxPeriod) {

}
