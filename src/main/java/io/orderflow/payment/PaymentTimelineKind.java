package io.orderflow.payment;

import io.orderflow.order.TimelineKind;
import io.orderflow.order.TimelineKinds;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Payment's timeline entries: what happened to the order's money.
 */
public enum PaymentTimelineKind implements TimelineKind {

	PAYMENT_DECLINED, PAYMENT_CAPTURED, PAYMENT_REAUTHORIZED, PAYMENT_REFUNDED, PAYMENT_VOIDED, PAYMENT_NOT_TAKEN;

	@Configuration(proxyBeanMethods = false)
	static class Declaration {

		@Bean
		static TimelineKinds paymentTimelineKinds() {
			return TimelineKinds.of(PaymentTimelineKind.class);
		}

	}

}
