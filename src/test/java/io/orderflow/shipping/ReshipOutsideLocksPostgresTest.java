package io.orderflow.shipping;

import static io.orderflow.NewOrder.line;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.databind.JsonNode;
import io.orderflow.HttpScenarios;
import io.orderflow.NewOrder;
import io.orderflow.OnPostgres;
import io.orderflow.shipping.simulated.SimulatedCarrierHolds;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A reshipment's label is bought with no lock held (issue #21): while the carrier's label
 * service takes its time, the order's shipment rows (which a carrier's event webhook
 * locks) can be locked at once ({@code FOR UPDATE NOWAIT}), and once the label comes the
 * parcel is reshipped once.
 */
class ReshipOutsideLocksPostgresTest extends HttpScenarios implements OnPostgres {

	private final Instant LATER = Instant.now().minus(1, ChronoUnit.MINUTES);

	@Autowired
	SimulatedCarrierHolds carrier;

	@Autowired
	PlatformTransactionManager transactions;

	@Test
	void whileTheCarrierSellsAReshipmentLabelTheOrdersShipmentsAreNotLocked() throws Exception {
		String orderNumber = api.placed(NewOrder.of(line(newProduct("20.00", 10, 0), 2)));
		engine.runJobs();
		engine.shipAllOpenTasks(orderNumber);
		String lost = api.order(orderNumber).at("/shipments/0/trackingNumber").asText();
		api.carrierEvent(lost, "LOST", LATER, null);
		SimulatedCarrierHolds.Hold hold = carrier.holdNextLabel(orderNumber);
		engine.complete(engine.task(orderNumber, "investigateDelivery"), Map.of("deliveryResolution", "RESHIP"));

		ExecutorService jobThread = Executors.newSingleThreadExecutor();
		Future<?> reship = jobThread.submit(() -> engine.runJobs());
		try {
			assertThat(hold.awaitHeldLabel(Duration.ofSeconds(30))).as("the reshipment's label was asked for").isTrue();
			List<Long> locked = new TransactionTemplate(transactions)
				.execute(status -> jdbc.sql("select id from shipment where order_number = ? for update nowait")
					.param(orderNumber)
					.query(Long.class)
					.list());
			assertThat(locked).as("the order's shipments, locked at once").hasSize(1);
		}
		finally {
			hold.release();
		}
		reship.get(1, TimeUnit.MINUTES);
		jobThread.shutdown();
		engine.runJobs();

		JsonNode order = api.order(orderNumber);
		assertThat(order.at("/shipments/0/status").asText()).isEqualTo("RESHIPPED");
		assertThat(order.get("shipments")).hasSize(2);
	}

}
