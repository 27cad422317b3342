package io.orderflow.order;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The order's timeline: what happened to it, in words, for people (the order API, staff).
 * Every capability writes to it; no code decides anything on what a message says.
 */
@Service
public class Timeline {

	private final OrderRepository repository;

	private final Clock clock;

	Timeline(OrderRepository repository, Clock clock) {
		this.repository = repository;
		this.clock = clock;
	}

	@Transactional
	public void record(String orderNumber, TimelineKind kind, String message) {
		repository.appendEvent(orderNumber, OffsetDateTime.now(clock), kind, message);
	}

	/**
	 * What a person or a system asked for, with who it was: the user name or API client
	 * id, as authenticated.
	 */
	@Transactional
	public void record(String orderNumber, TimelineKind kind, String message, String actor) {
		repository.appendEvent(orderNumber, OffsetDateTime.now(clock), kind, message, actor);
	}

	@Transactional(readOnly = true)
	public List<TimelineEntry> entries(String orderNumber) {
		return repository.timeline(orderNumber);
	}

	/** When the order was reported delivered, if it was. */
	@Transactional(readOnly = true)
	public Optional<OffsetDateTime> deliveredAt(String orderNumber) {
		return entries(orderNumber).stream()
			.filter(entry -> entry.is(OrderTimelineKind.DELIVERED))
			.map(TimelineEntry::at)
			.findFirst();
	}

	/** {@code 2 × MUG-CER-350, 1 × COFFEE-1KG}, for timeline messages. */
	public static String describe(Map<String, Integer> quantities) {
		return quantities.entrySet()
			.stream()
			.map(e -> e.getValue() + " × " + e.getKey())
			.collect(Collectors.joining(", "));
	}

}
