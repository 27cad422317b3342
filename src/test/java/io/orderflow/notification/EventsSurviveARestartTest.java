package io.orderflow.notification;

import static io.orderflow.NewOrder.line;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Path;
import java.time.Duration;
import java.util.UUID;

import io.orderflow.NewOrder;
import io.orderflow.OrderflowApi;
import io.orderflow.OrderflowApplication;
import io.orderflow.TestMailServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.web.client.RestTemplateBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Orderflow stops after an order was committed and before its event was handled. The
 * event publication registry kept the event with the order; the restarted application
 * hands it to the listener again, and the customer gets the mail, once.
 */
class EventsSurviveARestartTest {

	@TempDir
	Path folder;

	@Test
	void anEventCommittedButNotHandledBeforeAStopIsMailedAfterTheRestart() throws Exception {
		String database = "jdbc:h2:file:" + folder.resolve("orderflow").toAbsolutePath() + ";DB_CLOSE_ON_EXIT=FALSE";
		// An address of its own: other tests' mails to the usual one may still be in the
		// mail server.
		NewOrder order = NewOrder.of(line("SOCKS-3PK", 1))
			.by(new NewOrder.Customer("C-restart", "Rita Restart", "restart-" + UUID.randomUUID() + "@example.com"));
		String email = order.customer().email();
		String orderNumber;
		// Started first, should this be the first test of the run, so that the stop is
		// real
		// and the context below is pointed at the server's port.
		TestMailServer.start();
		TestMailServer.stop();
		try (ConfigurableApplicationContext first = start(database)) {
			orderNumber = api(first).placed(order);
			JdbcClient jdbc = first.getBean(JdbcClient.class);
			await().atMost(Duration.ofSeconds(20)).until(() -> unhandled(jdbc, orderNumber) == 0);
			// The crash: the order and its event are committed, the listener's work is
			// not.
			jdbc.sql("update event_publication set completion_date = null where serialized_event like ?")
				.param(like(orderNumber))
				.update();
			jdbc.sql("delete from customer_message where order_number = ?").param(orderNumber).update();
			assertThat(unhandled(jdbc, orderNumber)).isPositive();
		}
		finally {
			TestMailServer.start();
		}
		assertThat(TestMailServer.mailsTo(email)).isEmpty();

		try (ConfigurableApplicationContext second = start(database)) {
			JdbcClient jdbc = second.getBean(JdbcClient.class);

			await().atMost(Duration.ofSeconds(20))
				.untilAsserted(() -> assertThat(TestMailServer.mailsTo(email)).hasSize(1));
			assertThat(TestMailServer.mailsTo(email)[0].getSubject())
				.isEqualTo("Thank you for your order " + orderNumber);
			await().atMost(Duration.ofSeconds(20)).until(() -> unhandled(jdbc, orderNumber) == 0);
		}
	}

	private static ConfigurableApplicationContext start(String database) {
		// An engine name of its own: the shared test contexts' engine "default" may still
		// be
		// alive.
		return new SpringApplicationBuilder(OrderflowApplication.class).profiles("demo", "test")
			.run("--spring.datasource.url=" + database, "--server.port=0",
					"--camunda.bpm.process-engine-name=restartTest");
	}

	private static OrderflowApi api(ConfigurableApplicationContext context) {
		String port = context.getEnvironment().getProperty("local.server.port");
		return new OrderflowApi(new TestRestTemplate(new RestTemplateBuilder().rootUri("http://localhost:" + port)));
	}

	private static int unhandled(JdbcClient jdbc, String orderNumber) {
		return jdbc
			.sql("select count(*) from event_publication where completion_date is null and serialized_event like ?")
			.param(like(orderNumber))
			.query(Integer.class)
			.single();
	}

	private static String like(String orderNumber) {
		return "%\"orderNumber\":\"" + orderNumber + "\"%";
	}

}
