package io.orderflow.infrastructure;

import java.time.Duration;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * An event whose handling failed (a mail or webhook listener that lost a lock race or its
 * connection) stays unfinished in the event publication registry; Spring Modulith hands
 * it out again only on restart. This hands such events out again while the node runs,
 * once they have been unfinished for {@code orderflow.events.resubmit-after}, long enough
 * that a listener still at work is not doubled (the listeners are idempotent anyway).
 */
@Component
class UnfinishedEventsResubmission {

	private final IncompleteEventPublications publications;

	private final Duration resubmitAfter;

	UnfinishedEventsResubmission(IncompleteEventPublications publications,
			@Value("${orderflow.events.resubmit-after}") Duration resubmitAfter) {
		this.publications = publications;
		this.resubmitAfter = resubmitAfter;
	}

	@Scheduled(fixedDelayString = "${orderflow.events.resubmit-interval}")
	void resubmit() {
		publications.resubmitIncompletePublicationsOlderThan(resubmitAfter);
	}

}
