package io.orderflow.notification;

import static io.orderflow.NewOrder.line;
import static io.orderflow.OrderflowApi.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.Mockito.doCallRealMethod;
import static org.mockito.Mockito.doThrow;

import java.time.Duration;
import java.util.Arrays;

import com.fasterxml.jackson.databind.JsonNode;
import io.orderflow.NewOrder;
import io.orderflow.OrderflowApi;
import io.orderflow.TestMailServer;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.dao.TransientDataAccessResourceException;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.bean.override.mockito.MockitoSpyBean;

/**
 * The node loses its database connection right after the SMTP server took a mail, before
 * the send is recorded (as when it dies at that moment). The mail goes out again once the
 * sender's claim runs out, as the same message: the same {@code Message-ID}, so the
 * customer's mail system shows it once. The order lists it SENT, noted on the timeline
 * once.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = "orderflow.notifications.claim-for=PT1S")
@ActiveProfiles({ "demo", "test" })
@DirtiesContext
class MailResentAfterALostRecordTest {

	@Autowired
	TestRestTemplate rest;

	@MockitoSpyBean
	CustomerMessageRepository messages;

	@Test
	void aMailWhoseSendWasNotRecordedIsSentAgainWithTheSameMessageId() {
		doThrow(new TransientDataAccessResourceException("connection lost before the commit")).doCallRealMethod()
			.when(messages)
			.markSent(anyLong(), any());
		OrderflowApi api = new OrderflowApi(rest);
		NewOrder order = NewOrder.of(line("MUG-CER-350", 1));
		String orderNumber = api.placed(order);

		await().atMost(Duration.ofSeconds(20))
			.untilAsserted(() -> assertThat(TestMailServer.mailsTo(order.customer().email())).hasSizeGreaterThan(1));
		MimeMessage[] mails = TestMailServer.mailsTo(order.customer().email());
		assertThat(Arrays.stream(mails).map(MailResentAfterALostRecordTest::messageId).distinct())
			.as("every copy is the same message")
			.singleElement()
			.satisfies(id -> assertThat(id).startsWith("<" + orderNumber + ".order-placed.")
				.endsWith("@orderflow.example>"));

		await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
			JsonNode message = json(rest.withBasicAuth("demo", "demo")
				.getForEntity("/api/orders/" + orderNumber + "/messages", String.class)).get(0);
			assertThat(message.get("status").asText()).isEqualTo("SENT");
		});
		assertThat(api.order(orderNumber)
			.get("timeline")
			.findValuesAsText("type")
			.stream()
			.filter("CUSTOMER_NOTIFIED"::equals)).hasSize(1);
	}

	private static String messageId(MimeMessage mail) {
		try {
			return mail.getMessageID();
		}
		catch (MessagingException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
