package io.orderflow.notification;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.concurrent.ThreadPoolTaskScheduler;

/**
 * The mail sender's own thread: while it waits for a slow or hanging SMTP server,
 * webhooks and the other background work go on.
 */
@Configuration(proxyBeanMethods = false)
class MailScheduling {

	@Bean
	ThreadPoolTaskScheduler mailScheduler() {
		ThreadPoolTaskScheduler scheduler = new ThreadPoolTaskScheduler();
		scheduler.setPoolSize(1);
		scheduler.setThreadNamePrefix("mail-sender-");
		return scheduler;
	}

}
