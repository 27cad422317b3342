package io.orderflow.notification;

import java.time.Clock;
import java.time.OffsetDateTime;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.orderflow.order.Timeline;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sends due customer mails to the configured SMTP server, each in a transaction of its
 * own that holds the message's row lock. A failed send is retried with exponential
 * backoff ({@link MailDelivery}); after the last attempt the message is FAILED, counted
 * ({@code orderflow.customer.messages.failed}) and noted on the order's timeline. The
 * order itself never waits for or rolls back with a mail. Without
 * {@code spring.mail.host} nothing is sent (messages are KEPT).
 */
@Component
@ConditionalOnProperty("spring.mail.host")
class CustomerMailSender {

	private static final Logger log = LoggerFactory.getLogger(CustomerMailSender.class);

	private static final int BATCH = 50;

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

	@Scheduled(fixedDelayString = "${orderflow.notifications.send-interval}")
	void sendDue() {
		for (long id : messages.due(now(), BATCH)) {
			transactions.executeWithoutResult(status -> messages.lockPending(id).ifPresent(this::send));
		}
	}

	private void send(CustomerMessage message) {
		int attempts = message.attempts() + 1;
		try {
			mailServer.send(mime(message));
			messages.markSent(message.id(), attempts, now());
			timeline.record(message.orderNumber(), NotificationTimelineKind.CUSTOMER_NOTIFIED,
					"Mailed " + message.recipient() + ": " + message.subject());
		}
		catch (MailException | MessagingException ex) {
			String error = String.valueOf(ex.getMessage());
			error = error.substring(0, Math.min(error.length(), 1000));
			failedAttempts.increment();
			if (attempts >= delivery.maxAttempts()) {
				messages.markFailedAttempt(message.id(), attempts, MessageStatus.FAILED, null, error);
				failed.increment();
				timeline.record(message.orderNumber(), NotificationTimelineKind.CUSTOMER_MESSAGE_FAILED, "Mail to "
						+ message.recipient() + " failed after " + attempts + " attempts: " + message.subject());
				log.warn("Giving up mail {} to {} after {} attempts: {}", message.id(), message.recipient(), attempts,
						error);
			}
			else {
				messages.markFailedAttempt(message.id(), attempts, MessageStatus.PENDING,
						now().plus(delivery.backoffAfter(attempts)), error);
			}
		}
	}

	private MimeMessage mime(CustomerMessage message) throws MessagingException {
		MimeMessage mime = mailServer.createMimeMessage();
		MimeMessageHelper helper = new MimeMessageHelper(mime, true, "UTF-8");
		helper.setFrom(store.mailFrom());
		helper.setTo(message.recipient());
		helper.setSubject(message.subject());
		helper.setText(message.textBody(), message.htmlBody());
		return mime;
	}

	private OffsetDateTime now() {
		return OffsetDateTime.now(clock);
	}

}
