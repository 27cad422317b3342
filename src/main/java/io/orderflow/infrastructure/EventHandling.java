package io.orderflow.infrastructure;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How domain events are handled ({@code orderflow.events}): listeners on at most
 * {@code listenerThreads} threads with {@code listenerQueue} events waiting; an event
 * whose handling failed is handed out again once it has been unfinished for
 * {@code resubmitAfter}.
 */
@ConfigurationProperties("orderflow.events")
record EventHandling(Duration resubmitAfter, @DefaultValue("8") int listenerThreads,
		@DefaultValue("10000") int listenerQueue) {

}
