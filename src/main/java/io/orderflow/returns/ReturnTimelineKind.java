package io.orderflow.returns;

import io.orderflow.order.TimelineKind;
import io.orderflow.order.TimelineKinds;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * A return's entries on its order's timeline, in the order they happen: each move to a
 * {@link ReturnStatus} writes the one of its name after {@code RETURN_}, the steps
 * between write the others.
 */
public enum ReturnTimelineKind implements TimelineKind {

	RETURN_REQUESTED, RETURN_ASSESSED, RETURN_REVIEW, RETURN_APPROVED, RETURN_REJECTED, RETURN_RECEIVED,
	RETURN_LABEL_CREATED, RETURN_INSPECTED, RETURN_RESTOCKED, RETURN_WRITTEN_OFF, RETURN_REFUNDED, RETURN_EXPIRED;

	@Configuration(proxyBeanMethods = false)
	static class Declaration {

		@Bean
		static TimelineKinds returnTimelineKinds() {
			return TimelineKinds.of(ReturnTimelineKind.class);
		}

	}

}
