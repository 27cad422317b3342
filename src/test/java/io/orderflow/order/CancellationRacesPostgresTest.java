package io.orderflow.order;

import static io.orderflow.NewOrder.line;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import io.orderflow.HttpScenarios;
import io.orderflow.NewOrder;
import io.orderflow.OnPostgres;
import io.orderflow.OrderflowApi;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * A cancellation racing, on the same order at the same moment, the warehouse's hand-over,
 * a short pick and a receipt that reserves a waiting backorder's stock, over many rounds
 * on PostgreSQL. Every path takes the order row before any stock row, so PostgreSQL never
 * has to break a deadlock (its {@code deadlocks} count for the database stays as it was),
 * and each round ends one way or the other, never half-way: cancelled with its shipment
 * cancelled, stock released and nothing captured, or handed over, captured and the
 * cancellation refused for good.
 */
class CancellationRacesPostgresTest extends HttpScenarios implements OnPostgres {

	private static final int ROUNDS = 8;

	@Test
	void cancellationRacingTheHandOverEitherCancelsTheShipmentOrIsRefusedNeverBoth() throws Exception {
		long deadlocksBefore = deadlocks();
		for (int round = 0; round < ROUNDS; round++) {
			String sku = newProduct("15.00", 3, 0);
			String orderNumber = api.placed(NewOrder.of(line(sku, 1)));
			engine.runJobs();
			engine.openTasks(orderNumber, "pickItems").forEach(engine::pickAll);
			engine.openTasks(orderNumber, "packOrder").forEach(engine::pack);
			engine.runJobs();
			Task handOver = engine.task(orderNumber, "handOverParcel");
			assertThat(shipmentStatus(orderNumber)).isEqualTo("LABEL_CREATED");

			// The cancellation leaves a little later each round, so that both sides win
			// some.
			long headStart = round * 8L;
			Race race = race(() -> {
				pause(headStart);
				return api.cancel(orderNumber, "Ordered twice");
			}, () -> warehouse().completeTask(handOver.getId(), Map.of("handedOver", true)));
			engine.runJobs();

			if (race.cancel().getStatusCode() == HttpStatus.OK) {
				assertThat(race.other().getStatusCode()).as(race.other().toString())
					.isIn(HttpStatus.CONFLICT, HttpStatus.NOT_FOUND);
				assertThat(api.status(orderNumber)).isEqualTo("CANCELLED");
				assertThat(shipmentStatus(orderNumber)).isEqualTo("CANCELLED");
				assertThat(books.reserved(sku, "BER")).isZero();
				assertThat(books.onHand(sku, "BER")).isEqualTo(3);
				assertThat(books.ledgerEntries(orderNumber, "CAPTURE")).isZero();
				assertThat(engine.openTasks(orderNumber, "handOverParcel")).isEmpty();
				assertThat(labelKept(orderNumber)).as("label discarded").isZero();
				assertThat(api.label(trackingNumber(orderNumber), null, null).getStatusCode())
					.isEqualTo(HttpStatus.NOT_FOUND);
			}
			else {
				assertThat(race.cancel().getStatusCode()).as(race.cancel().toString()).isEqualTo(HttpStatus.CONFLICT);
				assertThat(race.cancel().getBody()).contains("handed to the carrier", "\"retryable\":false");
				assertThat(race.other().getStatusCode().is2xxSuccessful()).as(race.other().toString()).isTrue();
				assertThat(api.status(orderNumber)).isNotEqualTo("CANCELLED");
				assertThat(shipmentStatus(orderNumber)).isEqualTo("HANDED_OVER");
				assertThat(books.reserved(sku, "BER")).isZero();
				assertThat(books.onHand(sku, "BER")).isEqualTo(2);
				assertThat(books.ledgerEntries(orderNumber, "CAPTURE")).isEqualTo(1);
			}
			books.assertJournalMatchesLevels(sku);
		}
		assertNoDeadlockSince(deadlocksBefore);
	}

	@Test
	void cancellationRacingAShortPickReleasesWhatIsLeftWithoutADeadlock() throws Exception {
		long deadlocksBefore = deadlocks();
		for (int round = 0; round < ROUNDS; round++) {
			String sku = newProduct("9.00", 4, 0);
			String orderNumber = api.placed(NewOrder.of(line(sku, 3)));
			engine.runJobs();
			Task pick = engine.task(orderNumber, "pickItems");

			Race race = race(() -> api.cancel(orderNumber, "Changed my mind"), () -> warehouse()
				.completeTask(pick.getId(), Map.of("allItemsPicked", false, "shortPicks", sku + " 1")));
			if (race.cancel().getStatusCode() != HttpStatus.OK) {
				assertThat(race.cancel().getBody()).contains("\"retryable\":true");
				assertThat(api.cancel(orderNumber, "Changed my mind").getStatusCode()).isEqualTo(HttpStatus.OK);
			}
			engine.runJobs();

			assertThat(api.status(orderNumber)).isEqualTo("CANCELLED");
			assertThat(books.reserved(sku, "BER")).isZero();
			assertThat(books.onHand(sku, "BER")).isIn(2, 4);
			assertThat(engine.openTasks(orderNumber, "packOrder")).isEmpty();
			assertThat(books.ledgerEntries(orderNumber, "CAPTURE")).isZero();
			books.assertJournalMatchesLevels(sku);
		}
		assertNoDeadlockSince(deadlocksBefore);
	}

	@Test
	void cancellationRacingAReceiptThatReservesTheBackorderEndsCancelledWithNothingReserved() throws Exception {
		long deadlocksBefore = deadlocks();
		for (int round = 0; round < ROUNDS; round++) {
			String sku = newProduct("7.50", 1, 0);
			String orderNumber = api.placed(NewOrder.of(line(sku, 3)));
			assertThat(api.status(orderNumber)).isEqualTo("BACKORDERED");
			engine.complete(engine.task(orderNumber, "decideBackorder"), Map.of("decision", "WAIT"));
			engine.runJobs();
			assertThat(books.reserved(sku, "BER")).isEqualTo(1);

			Race race = race(() -> api.cancel(orderNumber, "Waited long enough"), () -> api.receive(sku, "BER", 2));
			assertThat(race.other().getStatusCode()).as(race.other().toString()).isEqualTo(HttpStatus.OK);
			assertThat(race.cancel().getStatusCode()).as(race.cancel().toString()).isEqualTo(HttpStatus.OK);
			engine.runJobs();

			assertThat(api.status(orderNumber)).isEqualTo("CANCELLED");
			assertThat(books.reserved(sku, "BER")).isZero();
			assertThat(books.onHand(sku, "BER")).isEqualTo(3);
			assertThat(engine.openTasks(orderNumber, "pickItems")).isEmpty();
			books.assertJournalMatchesLevels(sku);
		}
		assertNoDeadlockSince(deadlocksBefore);
	}

	private OrderflowApi warehouse() {
		return api.as("wendy");
	}

	private record Race(ResponseEntity<String> cancel, ResponseEntity<String> other) {
	}

	/** Both requests leave together, each from a thread of its own. */
	private static Race race(Supplier<ResponseEntity<String>> cancel, Supplier<ResponseEntity<String>> other)
			throws Exception {
		CyclicBarrier start = new CyclicBarrier(2);
		CompletableFuture<ResponseEntity<String>> cancelling = CompletableFuture.supplyAsync(() -> {
			await(start);
			return cancel.get();
		});
		CompletableFuture<ResponseEntity<String>> racing = CompletableFuture.supplyAsync(() -> {
			await(start);
			return other.get();
		});
		return new Race(cancelling.get(60, TimeUnit.SECONDS), racing.get(60, TimeUnit.SECONDS));
	}

	private static void pause(long millis) {
		try {
			Thread.sleep(millis);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	private static void await(CyclicBarrier start) {
		try {
			start.await(30, TimeUnit.SECONDS);
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

	private String shipmentStatus(String orderNumber) {
		return jdbc.sql("select status from shipment where order_number = ?")
			.param(orderNumber)
			.query(String.class)
			.single();
	}

	private String trackingNumber(String orderNumber) {
		return jdbc.sql("select tracking_number from shipment where order_number = ?")
			.param(orderNumber)
			.query(String.class)
			.single();
	}

	private long labelKept(String orderNumber) {
		return jdbc
			.sql("select count(*) from shipping_label where tracking_number in"
					+ " (select tracking_number from shipment where order_number = ?)")
			.param(orderNumber)
			.query(Long.class)
			.single();
	}

	private long deadlocks() {
		return jdbc.sql("select deadlocks from pg_stat_database where datname = current_database()")
			.query(Long.class)
			.single();
	}

	/**
	 * A server process reports its statistics when it goes idle, at the latest about ten
	 * seconds later; so a deadlock is looked for that long before none is concluded.
	 */
	private void assertNoDeadlockSince(long before) throws InterruptedException {
		long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(12);
		while (System.nanoTime() < deadline) {
			assertThat(deadlocks() - before).as("deadlocks PostgreSQL broke").isZero();
			Thread.sleep(500);
		}
	}

}
