package io.orderflow.payment;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.concurrent.ThreadPoolTaskScheduler;

/**
 * The thread {@link AuthorizationReconciliation} runs on: its own, so a payment provider
 * that answers slowly delays only the reconciliation, never the jobs on the shared
 * {@code taskScheduler}.
 */
@Configuration(proxyBeanMethods = false)
class ReconciliationScheduling {

	static final String SCHEDULER = "paymentReconciliationScheduler";

	@Bean(SCHEDULER)
	ThreadPoolTaskScheduler paymentReconciliationScheduler() {
		ThreadPoolTaskScheduler scheduler = new ThreadPoolTaskScheduler();
		scheduler.setPoolSize(1);
		scheduler.setThreadNamePrefix("payment-reconciliation-");
		return scheduler;
	}

}
