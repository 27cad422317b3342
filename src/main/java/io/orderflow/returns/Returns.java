package io.orderflow.returns;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import io.orderflow.order.Order;
import io.orderflow.order.OrderLine;
import io.orderflow.order.OrderStatus;
import io.orderflow.order.Orders;
import io.orderflow.order.Timeline;
import io.orderflow.web.ConflictException;
import io.orderflow.web.InvalidRequestException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Returns of delivered orders: what may come back, what it is worth, and where each
 * return stands. Every change is written to the order's timeline too, so the order tells
 * its whole story.
 */
@Service
public class Returns {

	private final ReturnRepository returns;

	private final Orders orders;

	private final Timeline timeline;

	private final Clock clock;

	private final ApplicationEventPublisher events;

	Returns(ReturnRepository returns, Orders orders, Timeline timeline, Clock clock, ApplicationEventPublisher events) {
		this.returns = returns;
		this.orders = orders;
		this.timeline = timeline;
		this.clock = clock;
		this.events = events;
	}

	/**
	 * Opens a return of {@code quantities} (per SKU) of a delivered order. Nothing is
	 * stored unless every line is on the order and no more comes back than was shipped
	 * and is not already being returned.
	 */
	@Transactional
	public String open(String orderNumber, ReturnReason reason, String comment, Map<String, Integer> quantities,
			String actor) {
		Order order = orders.getForUpdate(orderNumber);
		if (order.status() != OrderStatus.DELIVERED) {
			throw new ConflictException("Order " + orderNumber + " is " + order.status() + "; returns are taken for "
					+ "delivered orders within the return window");
		}
		Map<Integer, Integer> claimed = returns.claimedQuantities(orderNumber);
		Set<ReturnRecord.ReturnLine> lines = new LinkedHashSet<>();
		int index = 0;
		for (Map.Entry<String, Integer> wanted : quantities.entrySet()) {
			String field = "lines[" + index++ + "]";
			OrderLine line = order.lines()
				.stream()
				.filter(candidate -> candidate.sku().equals(wanted.getKey()))
				.findFirst()
				.orElseThrow(() -> new InvalidRequestException(field + ".sku", "is not on order " + orderNumber));
			int returnable = line.shippedQuantity() - claimed.getOrDefault(line.lineNumber(), 0);
			if (wanted.getValue() > returnable) {
				throw new InvalidRequestException(field + ".quantity",
						"only " + Math.max(returnable, 0) + " of " + line.sku() + " can still be returned");
			}
			lines.add(new ReturnRecord.ReturnLine(line.lineNumber(), wanted.getValue()));
		}
		String returnNumber = returns.nextReturnNumber();
		returns.insert(ReturnRecord.requested(returnNumber, orderNumber, reason, comment, lines, now()));
		timeline.record(orderNumber, ReturnTimelineKind.RETURN_REQUESTED,
				"Return " + returnNumber + " requested (" + reason + "): " + Timeline.describe(quantities), actor);
		return returnNumber;
	}

	/**
	 * The return with each line described as the order has it: SKU, product and price
	 * paid.
	 */
	@Transactional(readOnly = true)
	public ReturnRequest get(String returnNumber) {
		ReturnRecord request = record(returnNumber);
		return ReturnRequest.of(request, orders.get(request.orderNumber()));
	}

	private ReturnRecord record(String returnNumber) {
		return returns.find(returnNumber).orElseThrow(() -> new UnknownReturnException(returnNumber));
	}

	/**
	 * Moves the return on; moving to the status it has is a no-op, so a retried step does
	 * not fail.
	 */
	@Transactional
	public void changeStatus(String returnNumber, ReturnStatus next, String message) {
		ReturnRecord request = returns.findForUpdate(returnNumber)
			.orElseThrow(() -> new UnknownReturnException(returnNumber));
		if (ReturnStatus.TRANSITIONS.requireMove(request.status(), next, () -> new ConflictException(
				"Return " + returnNumber + " is " + request.status() + " and cannot become " + next))) {
			returns.update(request.withStatus(next, now()));
			timeline.record(request.orderNumber(), next.timelineType(), "Return " + returnNumber + ": " + message);
			next.eventType()
				.ifPresent(type -> events.publishEvent(
						new ReturnEvent(UUID.randomUUID(), type, request.orderNumber(), now(), returnNumber, message)));
		}
	}

	/** Writes a step of the return on its order's timeline. */
	@Transactional
	public void note(String returnNumber, ReturnTimelineKind kind, String message) {
		timeline.record(record(returnNumber).orderNumber(), kind, "Return " + returnNumber + ": " + message);
	}

	@Transactional
	public void recordLabel(String returnNumber, String trackingNumber) {
		returns.update(record(returnNumber).withLabel(trackingNumber, now()));
	}

	@Transactional
	public void recordCondition(String returnNumber, ItemCondition condition) {
		returns.update(record(returnNumber).withCondition(condition, now()));
	}

	@Transactional
	public void recordRefund(String returnNumber, BigDecimal amount) {
		returns.update(record(returnNumber).withRefund(amount, now()));
		changeStatus(returnNumber, ReturnStatus.REFUNDED, amount + " refunded");
	}

	/** What the customer gets back: see {@link RefundAmount}. */
	@Transactional(readOnly = true)
	public BigDecimal refundDue(ReturnRequest request) {
		return RefundAmount.of(request.lines(), orders.get(request.orderNumber()).totals());
	}

	/** Days since the order was reported delivered, for the return policy. */
	@Transactional(readOnly = true)
	public long daysSinceDelivery(String orderNumber) {
		return timeline.deliveredAt(orderNumber).map(at -> Duration.between(at, now()).toDays()).orElse(0L);
	}

	private OffsetDateTime now() {
		return OffsetDateTime.now(clock);
	}

}
