package io.orderflow.infrastructure;

import java.util.concurrent.ThreadPoolExecutor;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableAsync;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;
import org.springframework.scheduling.concurrent.ThreadPoolTaskScheduler;

/**
 * Event listeners run after the commit on their own threads ({@code @Async}, the
 * {@code taskExecutor}), and the background jobs on a schedule, so neither slows down an
 * order. Each kind of work that talks to a partner has a scheduler of its own (mail,
 * webhooks, event resubmission, the payment reconciliation), so a partner that hangs
 * holds up its own kind only; the rest (retention) runs on {@code taskScheduler}.
 */
@Configuration(proxyBeanMethods = false)
@EnableAsync
@EnableScheduling
class BackgroundWork {

	/**
	 * The event listeners' threads: at most {@code listenerThreads}; when they and the
	 * queue are full the thread that published the event handles it itself, which slows
	 * the publisher down instead of dropping the event.
	 */
	@Bean
	ThreadPoolTaskExecutor taskExecutor(EventHandling events) {
		ThreadPoolTaskExecutor executor = new ThreadPoolTaskExecutor();
		executor.setCorePoolSize(events.listenerThreads());
		executor.setMaxPoolSize(events.listenerThreads());
		executor.setQueueCapacity(events.listenerQueue());
		executor.setRejectedExecutionHandler(new ThreadPoolExecutor.CallerRunsPolicy());
		executor.setThreadNamePrefix("event-listener-");
		executor.setWaitForTasksToCompleteOnShutdown(true);
		executor.setAwaitTerminationSeconds(10);
		return executor;
	}

	/** What has no scheduler of its own. */
	@Bean
	ThreadPoolTaskScheduler taskScheduler() {
		return scheduler("scheduled-");
	}

	@Bean
	ThreadPoolTaskScheduler eventResubmissionScheduler() {
		return scheduler("event-resubmission-");
	}

	static ThreadPoolTaskScheduler scheduler(String threadNamePrefix) {
		ThreadPoolTaskScheduler scheduler = new ThreadPoolTaskScheduler();
		scheduler.setPoolSize(1);
		scheduler.setThreadNamePrefix(threadNamePrefix);
		return scheduler;
	}

}
