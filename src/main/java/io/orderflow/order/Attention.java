package io.orderflow.order;

import java.time.OffsetDateTime;

/**
 * Something about an order that needs a person: a step that failed on every retry and
 * waits as an incident (retry it in Cockpit), or a staff task past its due date.
 * {@code where} names the step.
 */
public record Attention(Kind kind, String where, String message, OffsetDateTime since) {

	public enum Kind {

		INCIDENT, OVERDUE_TASK

	}

}
