package io.orderflow.kpi;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.orderflow.order.PaymentMethod;
import io.orderflow.order.SalesChannel;
import io.orderflow.order.ShippingMethod;
import io.orderflow.returns.ReturnReason;
import io.orderflow.workflow.CancellationCause;
import org.junit.jupiter.api.Test;

/**
 * Each formula of {@code docs/kpis.md} on hand-made orders whose answers are worked out
 * by hand. The period is January 2026 in Berlin (UTC+1 in winter).
 */
class KpiFiguresTest {

	private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

	private static final Period JANUARY = new Period(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 1, 31), BERLIN);

	private static final CostModel COSTS = new CostModel("EUR", new BigDecimal("0.50"),
			Map.of("DHL", Map.of("EXPRESS", new BigDecimal("9.00"))), new BigDecimal("4.00"),
			Map.of(PaymentMethod.CARD, new BigDecimal("0.30")), new BigDecimal("3.00"), new BigDecimal("0.60"));

	@Test
	void nothingDeliveredGivesNoDeliveryFiguresRatherThanZero() {
		KpiFigures figures = KpiFigures.of(List.of(fact("A").build()), JANUARY, COSTS);

		assertThat(figures.ordersPlaced()).isEqualTo(1);
		assertThat(figures.ordersDelivered()).isZero();
		assertThat(figures.leadTime().median()).isNull();
		assertThat(figures.perfectOrderRate()).isNull();
		assertThat(figures.perfectOrderRateApqc()).isNull();
		assertThat(figures.onTimeInFull()).isNull();
		assertThat(figures.orderAccuracy()).isNull();
		assertThat(figures.returnRate()).isNull();
		assertThat(figures.costPerOrder()).isNull();
		assertThat(figures.customerSatisfaction()).isNull();
		assertThat(figures.cancellationRate()).isEqualByComparingTo("0");
	}

	@Test
	void fulfilmentAndLeadTimeAreMedianAndP90ByNearestRank() {
		List<OrderFact> facts = new ArrayList<>();
		for (int hours = 1; hours <= 10; hours++) {
			facts.add(fact("F" + hours).handedOverAfter(Duration.ofHours(hours))
				.deliveredAfter(Duration.ofHours(24 + hours))
				.build());
		}

		KpiFigures figures = KpiFigures.of(facts, JANUARY, COSTS);

		// ten orders: rank ⌈0.5·10⌉ = 5 and ⌈0.9·10⌉ = 9
		assertThat(figures.fulfilmentTime().median()).isEqualTo(Duration.ofHours(5));
		assertThat(figures.fulfilmentTime().p90()).isEqualTo(Duration.ofHours(9));
		assertThat(figures.leadTime().median()).isEqualTo(Duration.ofHours(29));
		assertThat(figures.leadTime().p90()).isEqualTo(Duration.ofHours(33));
		assertThat(figures.fulfilmentTimeByChannel().get(SalesChannel.WEB).orders()).isEqualTo(10);
		assertThat(figures.fulfilmentTimeByWarehouse().get("BER").median()).isEqualTo(Duration.ofHours(5));
	}

	@Test
	void anOrderShippedFromTwoWarehousesCountsForEach() {
		OrderFact split = fact("S").handedOverAfter(Duration.ofHours(30)).warehouses("BER", "HAM").build();
		OrderFact single = fact("T").handedOverAfter(Duration.ofHours(2)).build();

		KpiFigures figures = KpiFigures.of(List.of(split, single), JANUARY, COSTS);

		assertThat(figures.fulfilmentTimeByWarehouse().get("HAM").median()).isEqualTo(Duration.ofHours(30));
		assertThat(figures.fulfilmentTimeByWarehouse().get("BER").orders()).isEqualTo(2);
		assertThat(figures.fulfilmentTime().orders()).isEqualTo(2);
	}

	@Test
	void perfectOrderRateInBothForms() {
		OrderFact perfect = fact("P").deliveredAfter(Duration.ofDays(2)).build();
		OrderFact late = fact("L").deliveredAfter(Duration.ofDays(9)).build();
		OrderFact shortPicked = fact("S").deliveredAfter(Duration.ofDays(2)).shortPicked().build();
		OrderFact damaged = fact("D").deliveredAfter(Duration.ofDays(2))
			.returned(ReturnReason.DAMAGED, Duration.ofDays(4), "10.00")
			.build();

		KpiFigures figures = KpiFigures.of(List.of(perfect, late, shortPicked, damaged), JANUARY, COSTS);

		// SCOR: only P is perfect, 1 of 4
		assertThat(figures.perfectOrderRate()).isEqualByComparingTo("0.25");
		// APQC: on time 3/4 × complete 3/4 × damage-free 3/4 × documentation 4/4
		assertThat(figures.perfectOrderRateApqc()).isEqualByComparingTo("0.4219");
		assertThat(figures.onTimeInFull()).isEqualByComparingTo("0.5");
		assertThat(figures.onTimeInFullByShippingMethod()).containsEntry(ShippingMethod.STANDARD,
				new BigDecimal("0.5000"));
		assertThat(figures.orderAccuracy()).isEqualByComparingTo("0.75");
	}

	@Test
	void onTimeCountsDaysInTheReadersZone() {
		// promised 10 January; delivered 23:30 UTC on 10 January,
		// which is 00:30 on the 11th in Berlin
		OrderFact lateInBerlin = fact("Z").promised(LocalDate.of(2026, 1, 10))
			.deliveredAt(OffsetDateTime.parse("2026-01-10T23:30:00Z"))
			.build();

		KpiFigures figures = KpiFigures.of(List.of(lateInBerlin), JANUARY, COSTS);

		assertThat(figures.onTimeInFull()).isEqualByComparingTo("0");
	}

	@Test
	void periodEdgesAreMidnightInTheReadersZone() {
		// 31 December 23:30 UTC is 1 January 00:30 in Berlin: January's
		OrderFact newYear = fact("N").placedAt(OffsetDateTime.parse("2025-12-31T23:30:00Z")).build();
		// 31 January 23:30 UTC is 1 February 00:30 in Berlin: not January's
		OrderFact february = fact("F").placedAt(OffsetDateTime.parse("2026-01-31T23:30:00Z")).build();

		KpiFigures figures = KpiFigures.of(List.of(newYear, february), JANUARY, COSTS);

		assertThat(figures.ordersPlaced()).isEqualTo(1);
	}

	@Test
	void partialShipmentsCountTheLastHandOverAndAreNotInFull() {
		OrderFact partial = fact("P").handedOverAfter(Duration.ofHours(50))
			.deliveredAfter(Duration.ofDays(3))
			.shortLinesCancelled()
			.parcel("DHL", "EXPRESS")
			.parcel("UPS", "STANDARD")
			.build();

		KpiFigures figures = KpiFigures.of(List.of(partial), JANUARY, COSTS);

		assertThat(figures.fulfilmentTime().median()).isEqualTo(Duration.ofHours(50));
		assertThat(figures.onTimeInFull()).isEqualByComparingTo("0");
		// 2 lines × 0.50 + 9.00 (DHL EXPRESS) + 4.00 (default parcel) + 0.30 (card)
		assertThat(figures.costPerOrder()).isEqualByComparingTo("14.30");
	}

	@Test
	void aReturnCountsInThePeriodItWasAskedFor() {
		OrderFact returnedInJanuary = fact("R").deliveredAfter(Duration.ofDays(2))
			.returned(ReturnReason.CHANGED_MIND, Duration.ofDays(5), "25.00")
			.build();
		OrderFact returnedInFebruary = fact("Q").deliveredAfter(Duration.ofDays(2))
			.returned(ReturnReason.DAMAGED, Duration.ofDays(40), "50.00")
			.build();

		KpiFigures figures = KpiFigures.of(List.of(returnedInJanuary, returnedInFebruary), JANUARY, COSTS);

		assertThat(figures.returnRate()).isEqualByComparingTo("0.5");
		// 25.00 returned of 2 × 100.00 delivered
		assertThat(figures.returnRateByValue()).isEqualByComparingTo("0.125");
		assertThat(figures.returnRateByReason()).containsOnlyKeys(ReturnReason.CHANGED_MIND);
		// the February return still makes the order imperfect
		assertThat(figures.perfectOrderRate()).isEqualByComparingTo("0.5");
	}

	@Test
	void cancellationBackorderAndFraudReviewRatesAreOfTheOrdersPlaced() {
		OrderFact cancelled = fact("C").cancelled(CancellationCause.PAYMENT_DECLINED).build();
		OrderFact backordered = fact("B").backordered().cancelled(CancellationCause.BACKORDER_CANCELLED).build();
		OrderFact reviewed = fact("R").fraudReview("30").build();
		OrderFact reviewedLonger = fact("S").fraudReview("90").build();

		KpiFigures figures = KpiFigures.of(List.of(cancelled, backordered, reviewed, reviewedLonger), JANUARY, COSTS);

		assertThat(figures.cancellationRate()).isEqualByComparingTo("0.5");
		assertThat(figures.cancellationRateByCause()).containsEntry(CancellationCause.PAYMENT_DECLINED,
				new BigDecimal("0.2500"));
		assertThat(figures.backorderRate()).isEqualByComparingTo("0.25");
		assertThat(figures.orderFillRate()).isEqualByComparingTo("0.75");
		assertThat(figures.fraudReviewRate()).isEqualByComparingTo("0.5");
		assertThat(figures.fraudReviewMedianMinutes()).isEqualByComparingTo("30");
		assertThat(figures.lineFillRate()).isNull();
	}

	@Test
	void costPerOrderAddsStaffMinutesAndReturns() {
		OrderFact order = fact("K").handedOverAfter(Duration.ofHours(3))
			.taskMinutes("10")
			.returned(ReturnReason.CHANGED_MIND, Duration.ofDays(3), "5.00")
			.build();

		KpiFigures figures = KpiFigures.of(List.of(order), JANUARY, COSTS);

		// 2 × 0.50 + 0.30 (card) + 3.00 (return) + 10 × 0.60
		assertThat(figures.costPerOrder()).isEqualByComparingTo("10.30");
		assertThat(figures.costCurrency()).isEqualTo("EUR");
	}

	private static Fact fact(String number) {
		return new Fact(number);
	}

	/**
	 * An order placed 5 January 10:00 UTC on the web, standard, by card, 100.00 EUR,
	 * promised the 8th.
	 */
	private static final class Fact {

		private final String number;

		private OffsetDateTime placedAt = OffsetDateTime.parse("2026-01-05T10:00:00Z");

		private LocalDate promised = LocalDate.of(2026, 1, 8);

		private OffsetDateTime handedOverAt;

		private OffsetDateTime deliveredAt;

		private CancellationCause cause;

		private boolean backordered;

		private boolean shortLinesCancelled;

		private boolean shortPicked;

		private boolean fraudReview;

		private BigDecimal reviewMinutes;

		private BigDecimal taskMinutes;

		private List<String> warehouses = List.of("BER");

		private final List<OrderFact.Parcel> parcels = new ArrayList<>();

		private final List<OrderFact.Return> returns = new ArrayList<>();

		private Fact(String number) {
			this.number = number;
		}

		Fact placedAt(OffsetDateTime at) {
			placedAt = at;
			return this;
		}

		Fact promised(LocalDate date) {
			promised = date;
			return this;
		}

		Fact handedOverAfter(Duration duration) {
			handedOverAt = placedAt.plus(duration);
			return this;
		}

		Fact deliveredAfter(Duration duration) {
			return deliveredAt(placedAt.plus(duration));
		}

		Fact deliveredAt(OffsetDateTime at) {
			deliveredAt = at;
			return this;
		}

		Fact cancelled(CancellationCause cause) {
			this.cause = cause;
			return this;
		}

		Fact backordered() {
			backordered = true;
			return this;
		}

		Fact shortLinesCancelled() {
			shortLinesCancelled = true;
			return this;
		}

		Fact shortPicked() {
			shortPicked = true;
			return this;
		}

		Fact fraudReview(String minutes) {
			fraudReview = true;
			reviewMinutes = new BigDecimal(minutes);
			return this;
		}

		Fact taskMinutes(String minutes) {
			taskMinutes = new BigDecimal(minutes);
			return this;
		}

		Fact warehouses(String... codes) {
			warehouses = List.of(codes);
			return this;
		}

		Fact parcel(String carrier, String service) {
			parcels.add(new OrderFact.Parcel(number + "-" + parcels.size(), carrier, service, placedAt));
			return this;
		}

		Fact returned(ReturnReason reason, Duration afterPlacement, String value) {
			returns.add(new OrderFact.Return("RMA-" + number + returns.size(), reason, placedAt.plus(afterPlacement),
					new BigDecimal(value), null));
			return this;
		}

		OrderFact build() {
			return new OrderFact(number, SalesChannel.WEB, ShippingMethod.STANDARD, PaymentMethod.CARD, "EUR",
					new BigDecimal("100.00"), 2, 3, placedAt, promised, handedOverAt, deliveredAt,
					cause == null ? null : placedAt.plusHours(1), cause, null, fraudReview, reviewMinutes, backordered,
					shortLinesCancelled, false, shortPicked, false, taskMinutes, parcels, warehouses, returns);
		}

	}

}
