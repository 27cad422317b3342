package io.orderflow.notification;

import java.time.Clock;
import java.time.OffsetDateTime;

import io.orderflow.order.Order;
import io.orderflow.order.Orders;
import io.orderflow.order.TimelineEntryType;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Writes customer messages to the outbox and notes them on the order's timeline. */
@Service
class CustomerMessages {

	private final MessageTemplates templates;

	private final Orders orders;

	private final CustomerMessageRepository outbox;

	private final Clock clock;

	CustomerMessages(MessageTemplates templates, Orders orders, CustomerMessageRepository outbox, Clock clock) {
		this.templates = templates;
		this.orders = orders;
		this.outbox = outbox;
		this.clock = clock;
	}

	@Transactional
	public void send(String orderNumber, String templateName) {
		Order order = orders.get(orderNumber);
		MessageTemplates.Template template = templates.named(templateName);
		String subject = fill(template.subject(), order);
		outbox.insert(orderNumber, templateName, order.customer().email(), subject, fill(template.body(), order),
				OffsetDateTime.now(clock));
		orders.record(orderNumber, TimelineEntryType.CUSTOMER_NOTIFIED,
				"Told " + order.customer().email() + ": " + subject);
	}

	private static String fill(String text, Order order) {
		return text.replace("{orderNumber}", order.orderNumber()).replace("{customerName}", order.customer().name());
	}

}
