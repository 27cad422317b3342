package io.orderflow.payment.flow;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.UUID;

import io.orderflow.order.Order;
import io.orderflow.order.OrderEventType;
import io.orderflow.order.OrderMilestones;
import io.orderflow.order.Orders;
import io.orderflow.order.PaymentMethod;
import io.orderflow.payment.PaymentEvent;
import io.orderflow.payment.PaymentProcess;
import io.orderflow.workflow.SharedStep;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Puts the order in AWAITING_PAYMENT; the diagram says why in the task's input parameter
 * {@code reason}, and tells customer and partners: a bank transfer to make, or a payment
 * problem (every decline, also a repeated one).
 */
@Component("awaitPayment")
@SharedStep("input parameter reason: why the order waits")
class AwaitPaymentDelegate implements JavaDelegate {

	private final OrderMilestones milestones;

	private final Orders orders;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	AwaitPaymentDelegate(OrderMilestones milestones, Orders orders, ApplicationEventPublisher events, Clock clock) {
		this.milestones = milestones;
		this.orders = orders;
		this.events = events;
		this.clock = clock;
	}

	@Override
	public void execute(DelegateExecution execution) {
		PaymentProcess process = PaymentProcess.of(execution);
		milestones.awaitingPayment(process.orderNumber(), process.reason());
		Order order = orders.get(process.orderNumber());
		OrderEventType type = order.paymentMethod() == PaymentMethod.BANK_TRANSFER
				? OrderEventType.BANK_TRANSFER_REQUESTED : OrderEventType.PAYMENT_PROBLEM;
		events.publishEvent(new PaymentEvent(UUID.randomUUID(), type, order.orderNumber(), OffsetDateTime.now(clock),
				order.totals().grandTotal(), order.currency(), process.reason(), null));
	}

}
