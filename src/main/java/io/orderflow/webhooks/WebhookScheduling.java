package io.orderflow.webhooks;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.concurrent.ThreadPoolTaskScheduler;

/**
 * The thread that claims due deliveries for {@link WebhookSender}'s pool: its own, so a
 * mail server that hangs, or anything else scheduled, never keeps webhooks from going
 * out.
 */
@Configuration(proxyBeanMethods = false)
class WebhookScheduling {

	@Bean
	ThreadPoolTaskScheduler webhookScheduler() {
		ThreadPoolTaskScheduler scheduler = new ThreadPoolTaskScheduler();
		scheduler.setPoolSize(1);
		scheduler.setThreadNamePrefix("webhook-scheduler-");
		return scheduler;
	}

}
