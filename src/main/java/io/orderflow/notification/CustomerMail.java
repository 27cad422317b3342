package io.orderflow.notification;

import java.time.Clock;
import java.time.OffsetDateTime;

import io.orderflow.order.Order;
import io.orderflow.order.OrderEvent;
import io.orderflow.order.Orders;
import io.orderflow.order.spi.OrderDetailsSources.ShipmentSource;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Turns every order event into the customer's mail: rendered from the event's templates
 * and stored, once per event and recipient, for {@link CustomerMailSender}. Runs after
 * the change committed, in a transaction of its own; a failure leaves the event
 * publication incomplete, so the registry hands it over again (on restart, or when
 * resubmitted).
 */
@Component
class CustomerMail {

	private final Orders orders;

	private final ShipmentSource shipments;

	private final MailTemplates templates;

	private final StoreProperties store;

	private final CustomerMessageRepository messages;

	private final ObjectProvider<JavaMailSender> mailServer;

	private final Clock clock;

	CustomerMail(Orders orders, ShipmentSource shipments, MailTemplates templates, StoreProperties store,
			CustomerMessageRepository messages, ObjectProvider<JavaMailSender> mailServer, Clock clock) {
		this.orders = orders;
		this.shipments = shipments;
		this.templates = templates;
		this.store = store;
		this.messages = messages;
		this.mailServer = mailServer;
		this.clock = clock;
	}

	@ApplicationModuleListener
	void on(OrderEvent event) {
		// The order's row lock makes a second handling of the same event wait and then
		// find the message, instead of failing on the dedupe key.
		Order order = orders.getForUpdate(event.orderNumber());
		String recipient = order.customer().email();
		String dedupeKey = event.eventId() + ":" + recipient;
		if (messages.exists(dedupeKey)) {
			return;
		}
		RenderedMail mail = templates.render(event.type().templateName(), recipient,
				MailModel.of(event, order, shipments.shipments(order.orderNumber()), store));
		MessageStatus status = mailServer.getIfAvailable() == null ? MessageStatus.KEPT : MessageStatus.PENDING;
		messages.insert(dedupeKey, mail, event.type().name(), order.orderNumber(), status, OffsetDateTime.now(clock));
	}

}
