package io.orderflow.infrastructure;

import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * An event whose handling failed (a mail or webhook listener that lost a lock race or its
 * connection) stays unfinished in the event publication registry; Spring Modulith hands
 * it out again only on restart. This hands such events out again while the node runs,
 * once they have been unfinished for {@code orderflow.events.resubmit-after}, long enough
 * that a listener still at work is not doubled (the listeners are idempotent anyway). It
 * runs on a scheduler of its own, so a slow mail server or webhook receiver never delays
 * it.
 */
@Component
class UnfinishedEventsResubmission {

	private final IncompleteEventPublications publications;

	private final EventHandling events;

	UnfinishedEventsResubmission(IncompleteEventPublications publications, EventHandling events) {
		this.publications = publications;
		this.events = events;
	}

	@Scheduled(fixedDelayString = "${orderflow.events.resubmit-interval}", scheduler = "eventResubmissionScheduler")
	void resubmit() {
		publications.resubmitIncompletePublicationsOlderThan(events.resubmitAfter());
	}

}
