package io.orderflow.notification;

import java.time.Clock;
import java.time.OffsetDateTime;

import io.orderflow.order.Order;
import io.orderflow.order.OrderEvent;
import io.orderflow.order.Orders;
import io.orderflow.order.PublicLinks;
import io.orderflow.order.spi.OrderDetailsSources.ShipmentSource;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Turns every order event into the customer's mail: rendered from the event's templates
 * and stored, once per event and recipient, for {@link CustomerMailSender}. Runs after
 * the change committed, in a transaction of its own; a failure leaves the event
 * publication incomplete, so the registry hands it over again (on restart, or when
 * resubmitted). It reads the order without locking it: the order's own steps never wait
 * for a mail being rendered.
 */
@Component
class CustomerMail {

	private final Orders orders;

	private final ShipmentSource shipments;

	private final MailTemplates templates;

	private final CustomerReasonTexts reasonTexts;

	private final StoreProperties store;

	private final PublicLinks links;

	private final CustomerMessageRepository messages;

	private final ObjectProvider<JavaMailSender> mailServer;

	private final Clock clock;

	private final TransactionTemplate savepoint;

	CustomerMail(Orders orders, ShipmentSource shipments, MailTemplates templates, CustomerReasonTexts reasonTexts,
			StoreProperties store, PublicLinks links, CustomerMessageRepository messages,
			ObjectProvider<JavaMailSender> mailServer, Clock clock, PlatformTransactionManager transactions) {
		this.orders = orders;
		this.shipments = shipments;
		this.templates = templates;
		this.reasonTexts = reasonTexts;
		this.store = store;
		this.links = links;
		this.messages = messages;
		this.mailServer = mailServer;
		this.clock = clock;
		this.savepoint = new TransactionTemplate(transactions);
		this.savepoint.setPropagationBehavior(TransactionDefinition.PROPAGATION_NESTED);
	}

	@ApplicationModuleListener
	void on(OrderEvent event) {
		Order order = orders.get(event.orderNumber());
		String recipient = order.customer().email();
		String dedupeKey = event.eventId() + ":" + recipient;
		if (messages.exists(dedupeKey)) {
			return;
		}
		RenderedMail mail = templates.render(event.type().templateName(), recipient,
				MailModel.of(event, order, shipments.shipments(order.orderNumber()), store, links, reasonTexts));
		MessageStatus status = mailServer.getIfAvailable() == null ? MessageStatus.KEPT : MessageStatus.PENDING;
		String messageId = MessageIds.of(order.orderNumber(), event.type().name(), dedupeKey, store.mailFrom());
		try {
			// A second handling of the same event at the same moment finds the first's
			// message by its dedupe key; the savepoint keeps the transaction usable.
			savepoint.executeWithoutResult(nested -> messages.insert(dedupeKey, messageId, mail, event.type().name(),
					order.orderNumber(), status, OffsetDateTime.now(clock)));
		}
		catch (DuplicateKeyException alreadyStored) {
			// the other handling stored it
		}
	}

}
