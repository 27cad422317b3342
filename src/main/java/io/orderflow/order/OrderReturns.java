package io.orderflow.order;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import io.orderflow.system.ConflictException;
import io.orderflow.system.InvalidRequestException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Returns of delivered orders: what may come back, what it is worth, and where each return stands. Every change is
 * written to the order's timeline too, so the order tells its whole story.
 */
@Service
public class OrderReturns {

	private final ReturnRepository returns;

	private final OrderRepository orders;

	private final Orders timeline;

	private final Clock clock;

	OrderReturns(ReturnRepository returns, OrderRepository orders, Orders timeline, Clock clock) {
		this.returns = returns;
		this.orders = orders;
		this.timeline = timeline;
		this.clock = clock;
	}

	/**
	 * Opens a return of {@code quantities} (per SKU) of a delivered order. Nothing is stored unless every line is on
	 * the order and no more comes back than was shipped and is not already being returned.
	 */
	@Transactional
	public String open(String orderNumber, ReturnReason reason, String comment, Map<String, Integer> quantities) {
		OrderStatus status = orders.findStatusForUpdate(orderNumber)
			.orElseThrow(() -> new UnknownOrderException(orderNumber));
		if (status != OrderStatus.DELIVERED) {
			throw new ConflictException("Order " + orderNumber + " is " + status + "; returns are taken for "
					+ "delivered orders within the return window");
		}
		Order order = orders.find(orderNumber).orElseThrow();
		Map<Integer, Integer> claimed = returns.claimedQuantities(orderNumber);
		Map<Integer, Integer> byLine = new LinkedHashMap<>();
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
			byLine.put(line.lineNumber(), wanted.getValue());
		}
		String returnNumber = returns.nextReturnNumber();
		returns.insert(returnNumber, orderNumber, reason, comment, byLine, now());
		timeline.record(orderNumber, "RETURN_REQUESTED",
				"Return " + returnNumber + " requested (" + reason + "): " + Orders.describe(quantities));
		return returnNumber;
	}

	@Transactional(readOnly = true)
	public ReturnRequest get(String returnNumber) {
		return returns.find(returnNumber).orElseThrow(() -> new UnknownReturnException(returnNumber));
	}

	/** Moves the return on; moving to the status it has is a no-op, so a retried step does not fail. */
	@Transactional
	public void changeStatus(String returnNumber, ReturnStatus next, String message) {
		ReturnStatus current = returns.findStatusForUpdate(returnNumber)
			.orElseThrow(() -> new UnknownReturnException(returnNumber));
		if (current == next) {
			return;
		}
		if (!current.canMoveTo(next)) {
			throw new ConflictException("Return " + returnNumber + " is " + current + " and cannot become " + next);
		}
		returns.updateStatus(returnNumber, next, now());
		timeline.record(get(returnNumber).orderNumber(), "RETURN_" + next, "Return " + returnNumber + ": " + message);
	}

	/** Writes a step of the return on its order's timeline. */
	@Transactional
	public void note(String returnNumber, String type, String message) {
		timeline.record(get(returnNumber).orderNumber(), type, "Return " + returnNumber + ": " + message);
	}

	@Transactional
	public void recordLabel(String returnNumber, String trackingNumber) {
		returns.updateLabel(returnNumber, trackingNumber, now());
	}

	@Transactional
	public void recordCondition(String returnNumber, ItemCondition condition) {
		returns.updateCondition(returnNumber, condition, now());
	}

	@Transactional
	public void recordRefund(String returnNumber, BigDecimal amount) {
		returns.updateRefund(returnNumber, amount, now());
		changeStatus(returnNumber, ReturnStatus.REFUNDED, amount + " refunded");
	}

	/**
	 * What the customer gets back: the returned goods at the prices paid, plus the tax the order charged on them
	 * (the order's own tax rate, so a later change of the configured rate does not touch it). Shipping is not
	 * refunded.
	 */
	@Transactional(readOnly = true)
	public BigDecimal refundDue(String returnNumber) {
		ReturnRequest request = get(returnNumber);
		Totals totals = orders.find(request.orderNumber()).orElseThrow().totals();
		BigDecimal goods = request.lines()
			.stream()
			.map(line -> line.unitPrice().multiply(BigDecimal.valueOf(line.quantity())))
			.reduce(BigDecimal.ZERO, BigDecimal::add);
		BigDecimal taxable = totals.subtotal().add(totals.shipping());
		BigDecimal tax = taxable.signum() == 0 ? BigDecimal.ZERO
				: goods.multiply(totals.tax()).divide(taxable, 2, RoundingMode.HALF_UP);
		return goods.add(tax).setScale(2, RoundingMode.HALF_UP);
	}

	/** Days since the order was reported delivered, for the return policy. */
	@Transactional(readOnly = true)
	public long daysSinceDelivery(String orderNumber) {
		Optional<OffsetDateTime> delivered = orders.timeline(orderNumber)
			.stream()
			.filter(entry -> entry.type().equals(OrderStatus.DELIVERED.name()))
			.map(TimelineEntry::at)
			.findFirst();
		return delivered.map(at -> Duration.between(at, now()).toDays()).orElse(0L);
	}

	private OffsetDateTime now() {
		return OffsetDateTime.now(clock);
	}

}
