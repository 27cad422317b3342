package io.orderflow.order;

import java.math.BigDecimal;
import java.util.Map;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * How capabilities tell the order what happened to it. Each fact maps to the status it
 * puts the order in, and only the order decides whether its status table allows that; no
 * capability sets a status itself.
 */
@Service
public class OrderMilestones {

	private final Orders orders;

	OrderMilestones(Orders orders) {
		this.orders = orders;
	}

	/** Fraud screening wants a person to look at the order first. */
	@Transactional
	public void heldForFraudReview(String orderNumber, String reasons) {
		orders.changeStatus(orderNumber, OrderStatus.UNDER_REVIEW, "Held for fraud review: " + reasons);
	}

	/** Part of the order could not be reserved; customer service decides how to go on. */
	@Transactional
	public void stockShort(String orderNumber, Map<String, Integer> shortfall) {
		orders.changeStatus(orderNumber, OrderStatus.BACKORDERED,
				"Waiting for stock of " + Timeline.describe(shortfall) + "; customer service decides how to go on");
	}

	/** The order waits for money: after a decline, or for a bank transfer. */
	@Transactional
	public void awaitingPayment(String orderNumber, String why) {
		orders.changeStatus(orderNumber, OrderStatus.AWAITING_PAYMENT, why);
	}

	@Transactional
	public void paymentAuthorized(String orderNumber) {
		Order order = orders.get(orderNumber);
		orders.changeStatus(orderNumber, OrderStatus.CONFIRMED,
				"Payment of " + order.totals().grandTotal() + " " + order.currency() + " authorized");
	}

	@Transactional
	public void bankTransferReceived(String orderNumber, BigDecimal amount) {
		orders.changeStatus(orderNumber, OrderStatus.CONFIRMED,
				"Bank transfer of " + amount + " " + orders.get(orderNumber).currency() + " received");
	}

	/** Nothing to take up front: the carrier collects the money at the door. */
	@Transactional
	public void cashOnDeliveryAccepted(String orderNumber) {
		Order order = orders.get(orderNumber);
		orders.changeStatus(orderNumber, OrderStatus.CONFIRMED, "Confirmed; " + order.totals().grandTotal() + " "
				+ order.currency() + " is collected in cash on delivery");
	}

	/**
	 * Every parcel arrived: confirmed by the carrier, or by customer service after an
	 * investigation.
	 */
	@Transactional
	public void delivered(String orderNumber) {
		orders.changeStatus(orderNumber, OrderStatus.DELIVERED, "Order delivered");
	}

	/**
	 * No parcel of the order arrived and customer service refunded them all: the order
	 * closes.
	 */
	@Transactional
	public void nothingDelivered(String orderNumber) {
		orders.changeStatus(orderNumber, OrderStatus.COMPLETED,
				"Nothing was delivered; the order is refunded and closed");
	}

}
