package io.orderflow.notification;

import io.orderflow.order.TimelineKind;
import io.orderflow.order.TimelineKinds;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The customer mail's timeline entries: a mail sent, or given up on.
 */
public enum NotificationTimelineKind implements TimelineKind {

	CUSTOMER_NOTIFIED, CUSTOMER_MESSAGE_FAILED;

	@Configuration(proxyBeanMethods = false)
	static class Declaration {

		@Bean
		static TimelineKinds notificationTimelineKinds() {
			return TimelineKinds.of(NotificationTimelineKind.class);
		}

	}

}
