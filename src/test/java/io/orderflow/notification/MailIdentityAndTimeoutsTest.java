package io.orderflow.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Properties;

import org.junit.jupiter.api.Test;

/**
 * A mail's {@code Message-ID} is the same for every send of one event to one recipient
 * and differs otherwise; the SMTP timeouts reach JavaMail for smtp and smtps unless set
 * explicitly.
 */
class MailIdentityAndTimeoutsTest {

	@Test
	void theMessageIdDependsOnTheEventAndRecipientOnlyAndUsesTheStoreDomain() {
		String first = MessageIds.of("OF-100001", "ORDER_CONFIRMED", "e1:ada@example.com", "orders@shop.example");
		String again = MessageIds.of("OF-100001", "ORDER_CONFIRMED", "e1:ada@example.com", "orders@shop.example");
		String otherRecipient = MessageIds.of("OF-100001", "ORDER_CONFIRMED", "e1:bob@example.com",
				"orders@shop.example");

		assertThat(first).isEqualTo(again)
			.isNotEqualTo(otherRecipient)
			.matches("<OF-100001\\.order-confirmed\\.[0-9a-f]{24}@shop\\.example>");
		assertThat(MessageIds.of("OF-1", "ORDER_PLACED", "k", "Demo Store <orders@store.example>"))
			.endsWith("@store.example>");
	}

	@Test
	void timeoutsAreSetForSmtpAndSmtpsAndAnExplicitSettingWins() {
		MailDelivery delivery = new MailDelivery(5, Duration.ofMinutes(1), Duration.ofSeconds(10),
				Duration.ofSeconds(30), Duration.ofSeconds(20), Duration.ofMinutes(5));
		Properties properties = new Properties();
		properties.setProperty("mail.smtp.timeout", "5000");

		SmtpTimeouts.apply(delivery, properties);

		assertThat(properties).containsEntry("mail.smtp.connectiontimeout", "10000")
			.containsEntry("mail.smtp.timeout", "5000")
			.containsEntry("mail.smtp.writetimeout", "20000")
			.containsEntry("mail.smtps.connectiontimeout", "10000")
			.containsEntry("mail.smtps.timeout", "30000")
			.containsEntry("mail.smtps.writetimeout", "20000");
	}

}
