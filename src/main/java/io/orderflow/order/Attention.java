package io.orderflow.order;

import java.time.OffsetDateTime;

/**
 * Something about an order that needs a person: a step that failed on every retry and
 * waits as an incident (retry it in Cockpit), a staff task past its due date, or an
 * authorization the order kept after it ended, which the reconciliation voided (find out
 * why the cancellation did not). {@code where} names the step or the job.
 */
public record Attention(Kind kind, String where, String message, OffsetDateTime since) {

	public enum Kind {

		INCIDENT, OVERDUE_TASK, ORPHANED_AUTHORIZATION_VOIDED

	}

}
