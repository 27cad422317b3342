package io.orderflow.fraud;

import io.orderflow.order.TimelineKind;
import io.orderflow.order.TimelineKinds;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The fraud check's timeline entries: the risk score, the analyst's review and its
 * escalation.
 */
public enum FraudTimelineKind implements TimelineKind {

	RISK_ASSESSED, FRAUD_REVIEW, REVIEW_ESCALATED;

	@Configuration(proxyBeanMethods = false)
	static class Declaration {

		@Bean
		static TimelineKinds fraudTimelineKinds() {
			return TimelineKinds.of(FraudTimelineKind.class);
		}

	}

}
