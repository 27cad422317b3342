package io.orderflow.order;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** What every capability may ask of or tell an order: read it, move its status, add to its timeline. */
@Service
public class Orders {

	private final OrderRepository repository;

	private final Clock clock;

	Orders(OrderRepository repository, Clock clock) {
		this.repository = repository;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	public Order get(String orderNumber) {
		return repository.find(orderNumber).orElseThrow(() -> new UnknownOrderException(orderNumber));
	}

	/**
	 * Moves the order to {@code next} and records it on the timeline. Moving to the status the order already has is
	 * a no-op, so a retried step does not fail or log twice; a move the lifecycle does not allow is a defect and
	 * fails loudly.
	 */
	@Transactional
	public void changeStatus(String orderNumber, OrderStatus next, String message) {
		OrderStatus current = repository.findStatusForUpdate(orderNumber)
			.orElseThrow(() -> new UnknownOrderException(orderNumber));
		if (current == next) {
			return;
		}
		if (!current.canMoveTo(next)) {
			throw new IllegalStateException("Order " + orderNumber + " cannot go from " + current + " to " + next);
		}
		OffsetDateTime now = OffsetDateTime.now(clock);
		repository.updateStatus(orderNumber, next, now);
		repository.appendEvent(orderNumber, now, next.name(), message);
	}

	@Transactional
	public void record(String orderNumber, String type, String message) {
		repository.appendEvent(orderNumber, OffsetDateTime.now(clock), type, message);
	}

	@Transactional(readOnly = true)
	public List<TimelineEntry> timeline(String orderNumber) {
		return repository.timeline(orderNumber);
	}

}
