package io.orderflow.workflow;

import java.util.Map;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Offers the timers to the diagrams' expressions as the bean {@code timers}
 * ({@code ${timers.returnWindow}}).
 */
@Configuration(proxyBeanMethods = false)
class ProcessTimersConfiguration {

	@Bean("timers")
	Map<String, String> timers(ProcessTimers timers) {
		return ProcessTimers.asMap(timers);
	}

}
