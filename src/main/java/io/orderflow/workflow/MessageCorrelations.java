package io.orderflow.workflow;

import java.util.Map;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Component;

/**
 * Delivers a message from the outside world to the process instances of a business key
 * that wait for it, and counts those that reach none
 * ({@code orderflow.messages.uncorrelated{message, reason}}): {@code no-waiting-instance}
 * when nothing waited for it (the caller answers or keeps the message, see the callers),
 * {@code failed} when correlating threw (the caller's transaction rolls back and the
 * sender retries).
 */
@Component
public class MessageCorrelations {

	private final RuntimeService runtime;

	private final MeterRegistry meters;

	MessageCorrelations(RuntimeService runtime, MeterRegistry meters) {
		this.runtime = runtime;
		this.meters = meters;
	}

	/** Whether any instance of the business key took the message. */
	public boolean correlate(String message, String businessKey) {
		return correlate(message, businessKey, Map.of());
	}

	public boolean correlate(String message, String businessKey, Map<String, Object> variables) {
		try {
			boolean matched = !runtime.createMessageCorrelation(message)
				.processInstanceBusinessKey(businessKey)
				.setVariables(variables)
				.correlateAllWithResult()
				.isEmpty();
			if (!matched) {
				uncorrelated(message, "no-waiting-instance").increment();
			}
			return matched;
		}
		catch (RuntimeException ex) {
			uncorrelated(message, "failed").increment();
			throw ex;
		}
	}

	private Counter uncorrelated(String message, String reason) {
		return Counter.builder("orderflow.messages.uncorrelated")
			.description("Messages from outside (carrier, payment, stock, shop) that reached no waiting process")
			.tag("message", message)
			.tag("reason", reason)
			.register(meters);
	}

}
