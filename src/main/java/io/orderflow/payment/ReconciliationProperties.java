package io.orderflow.payment;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code orderflow.payment.reconciliation}: how often {@link AuthorizationReconciliation}
 * looks for ended orders whose payment is still held or unsettled, how long after the
 * payment's last change (so the cancellation's own void goes first), how many per run,
 * and after how long a void another node claimed and never recorded is taken over (it
 * must be longer than a provider call can take).
 */
@ConfigurationProperties("orderflow.payment.reconciliation")
record ReconciliationProperties(Duration interval, Duration grace, int batchSize,
		@DefaultValue("PT2M") Duration voidLease) {

	ReconciliationProperties {
		if (interval == null || grace == null || batchSize < 1) {
			throw new IllegalArgumentException(
					"orderflow.payment.reconciliation needs an interval, a grace period and a batch size of at least 1");
		}
	}

}
