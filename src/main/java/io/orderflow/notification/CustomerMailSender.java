package io.orderflow.notification;

import java.lang.management.ManagementFactory;
import java.time.Clock;
import java.time.OffsetDateTime;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.orderflow.notification.CustomerMessageRepository.Outgoing;
import io.orderflow.order.Timeline;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.dao.DataAccessException;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sends due customer mails to the configured SMTP server, on a scheduler of its own
 * ({@code mailScheduler}) and with the timeouts of {@link MailDelivery}, so a mail server
 * that hangs delays mails only. No transaction or lock is held while the server is talked
 * to: a message is claimed first ({@link CustomerMessageRepository#claim}, committed),
 * then sent, then recorded SENT in a transaction of its own. If that record is lost (the
 * node dies, the connection breaks) the claim runs out and the message is sent again with
 * the same {@code Message-ID} ({@link MessageIds}): at least once, and a repeat is
 * recognisable. A failed send is retried with exponential backoff; after the last attempt
 * the message is FAILED, counted ({@code orderflow.customer.messages.failed}) and noted
 * on the order's timeline. The order itself never waits for or rolls back with a mail.
 * Without {@code spring.mail.host} nothing is sent (messages are KEPT).
 */
@Component
@ConditionalOnProperty("spring.mail.host")
class CustomerMailSender {

	private static final Logger log = LoggerFactory.getLogger(CustomerMailSender.class);

	private static final int BATCH = 50;

	private static final String SENDER = ManagementFactory.getRuntimeMXBean().getName();

	private final CustomerMessageRepository messages;

	private final JavaMailSender mailServer;

	private final MailDelivery delivery;

	private final StoreProperties store;

	private final Timeline timeline;

	private final TransactionTemplate transactions;

	private final Counter failed;

	private final Counter failedAttempts;

	private final Clock clock;

	CustomerMailSender(CustomerMessageRepository messages, JavaMailSender mailServer, MailDelivery delivery,
			StoreProperties store, Timeline timeline, TransactionTemplate transactions, MeterRegistry meters,
			Clock clock) {
		this.messages = messages;
		this.mailServer = mailServer;
		this.delivery = delivery;
		this.store = store;
		this.timeline = timeline;
		this.transactions = transactions;
		this.failed = Counter.builder("orderflow.customer.messages.failed")
			.description("Customer mails given up after the last retry")
			.register(meters);
		this.failedAttempts = Counter.builder("orderflow.customer.messages.attempts.failed")
			.description("Attempts to hand a customer mail to the SMTP server that failed (each is retried)")
			.register(meters);
		this.clock = clock;
	}

	@Scheduled(fixedDelayString = "${orderflow.notifications.send-interval}", scheduler = "mailScheduler")
	void sendDue() {
		for (long id : messages.due(now(), BATCH)) {
			OffsetDateTime now = now();
			Outgoing message = messages.claim(id, now, now.plus(delivery.claimFor()), SENDER).orElse(null);
			if (message != null && !send(message)) {
				// The server failed this one: the rest wait for the next round
				// rather than each wait out the timeouts of a server that hangs.
				return;
			}
		}
	}

	/** False if the mail server failed the attempt. */
	private boolean send(Outgoing message) {
		try {
			mailServer.send(mime(message));
		}
		catch (MailException | MessagingException ex) {
			recordFailure(message, ex);
			return false;
		}
		try {
			transactions.executeWithoutResult(status -> {
				if (messages.markSent(message.id(), now())) {
					timeline.record(message.orderNumber(), NotificationTimelineKind.CUSTOMER_NOTIFIED,
							"Mailed " + message.recipient() + ": " + message.subject());
				}
			});
		}
		catch (DataAccessException ex) {
			log.warn("Mail {} was sent but could not be recorded; it is sent again, as {}, once its claim runs out",
					message.id(), message.messageId(), ex);
		}
		return true;
	}

	private void recordFailure(Outgoing message, Exception ex) {
		String error = String.valueOf(ex.getMessage());
		String problem = error.substring(0, Math.min(error.length(), 1000));
		failedAttempts.increment();
		int attempts = message.attempts();
		transactions.executeWithoutResult(status -> {
			if (attempts >= delivery.maxAttempts()) {
				if (messages.markFailedAttempt(message.id(), MessageStatus.FAILED, null, problem)) {
					failed.increment();
					timeline.record(message.orderNumber(), NotificationTimelineKind.CUSTOMER_MESSAGE_FAILED, "Mail to "
							+ message.recipient() + " failed after " + attempts + " attempts: " + message.subject());
					log.warn("Giving up mail {} to {} after {} attempts: {}", message.id(), message.recipient(),
							attempts, problem);
				}
			}
			else {
				messages.markFailedAttempt(message.id(), MessageStatus.PENDING,
						now().plus(delivery.backoffAfter(attempts)), problem);
			}
		});
	}

	private MimeMessage mime(Outgoing message) throws MessagingException {
		MimeMessage mime = mailServer.createMimeMessage();
		MimeMessageHelper helper = new MimeMessageHelper(mime, true, "UTF-8");
		helper.setFrom(store.mailFrom());
		helper.setTo(message.recipient());
		helper.setSubject(message.subject());
		helper.setText(message.textBody(), message.htmlBody());
		// Kept by JavaMailSenderImpl when it saves the message.
		mime.setHeader("Message-ID", messageId(message));
		return mime;
	}

	/** Messages written before ids were stored get theirs from the same facts. */
	private String messageId(Outgoing message) {
		return message.messageId() != null ? message.messageId()
				: MessageIds.of(message.orderNumber(), message.eventType(), message.dedupeKey(), store.mailFrom());
	}

	private OffsetDateTime now() {
		return OffsetDateTime.now(clock);
	}

}
