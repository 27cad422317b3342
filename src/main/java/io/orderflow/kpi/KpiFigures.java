package io.orderflow.kpi;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.orderflow.order.SalesChannel;
import io.orderflow.order.ShippingMethod;
import io.orderflow.returns.ReturnReason;
import io.orderflow.workflow.CancellationCause;
import org.springframework.lang.Nullable;

/**
 * The KPIs of one period, computed from the order facts as {@code docs/kpis.md} defines
 * them. A rate is a fraction between 0 and 1 (four decimals); a figure whose population
 * is empty is null, never zero: nothing delivered has no on-time rate. The API writes
 * these nulls, so a client sees that a figure had nothing to count.
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
public record KpiFigures(long ordersPlaced, long ordersHandedOver, long ordersDelivered, Times fulfilmentTime,
		Map<SalesChannel, Times> fulfilmentTimeByChannel, Map<ShippingMethod, Times> fulfilmentTimeByShippingMethod,
		Map<String, Times> fulfilmentTimeByWarehouse, Times leadTime, Map<SalesChannel, Times> leadTimeByChannel,
		Map<ShippingMethod, Times> leadTimeByShippingMethod, Map<String, Times> leadTimeByWarehouse,
		@Nullable BigDecimal perfectOrderRate, @Nullable BigDecimal perfectOrderRateApqc,
		@Nullable BigDecimal onTimeInFull, Map<ShippingMethod, BigDecimal> onTimeInFullByShippingMethod,
		@Nullable BigDecimal orderFillRate, @Nullable BigDecimal lineFillRate, @Nullable BigDecimal unitFillRate,
		@Nullable BigDecimal orderAccuracy, @Nullable BigDecimal returnRate, @Nullable BigDecimal returnRateByValue,
		Map<ReturnReason, BigDecimal> returnRateByReason, @Nullable BigDecimal cancellationRate,
		Map<CancellationCause, BigDecimal> cancellationRateByCause, @Nullable BigDecimal backorderRate,
		@Nullable BigDecimal fraudReviewRate, @Nullable BigDecimal fraudReviewMedianMinutes,
		@Nullable BigDecimal costPerOrder, String costCurrency, @Nullable BigDecimal customerSatisfaction) {

	private static final int RATE_SCALE = 4;

	/**
	 * How long a population of orders took: median and 90th percentile by nearest rank
	 * (the value at rank ⌈p·n⌉ of the sorted durations), null without orders.
	 */
	@JsonInclude(JsonInclude.Include.ALWAYS)
	public record Times(long orders, @JsonIgnore @Nullable Duration median, @JsonIgnore @Nullable Duration p90) {

		/** The median in hours, two decimals. */
		@JsonProperty
		@Nullable
		public BigDecimal medianHours() {
			return hours(median);
		}

		@JsonProperty
		@Nullable
		public BigDecimal p90Hours() {
			return hours(p90);
		}

		private static BigDecimal hours(Duration duration) {
			return duration == null ? null : BigDecimal.valueOf(duration.toSeconds())
				.divide(BigDecimal.valueOf(3600), 2, RoundingMode.HALF_UP);
		}

		static Times of(Collection<Duration> durations) {
			List<Duration> sorted = durations.stream().sorted().toList();
			return new Times(sorted.size(), rank(sorted, 0.5), rank(sorted, 0.9));
		}

		private static Duration rank(List<Duration> sorted, double p) {
			if (sorted.isEmpty()) {
				return null;
			}
			int rank = (int) Math.ceil(p * sorted.size());
			return sorted.get(Math.max(rank, 1) - 1);
		}

	}

	static KpiFigures of(List<OrderFact> facts, Period period, CostModel costs) {
		List<OrderFact> placed = facts.stream().filter(f -> period.contains(f.placedAt())).toList();
		List<OrderFact> handedOver = facts.stream().filter(f -> period.contains(f.handedOverAt())).toList();
		List<OrderFact> delivered = facts.stream().filter(f -> period.contains(f.deliveredAt())).toList();
		List<OrderFact.Return> returns = facts.stream()
			.flatMap(f -> f.returns().stream())
			.filter(r -> period.contains(r.requestedAt()))
			.toList();
		long ordersReturning = facts.stream()
			.filter(f -> f.returns().stream().anyMatch(r -> period.contains(r.requestedAt())))
			.count();
		Function<OrderFact, Duration> fulfilment = f -> Duration.between(f.placedAt(), f.handedOverAt());
		Function<OrderFact, Duration> lead = f -> Duration.between(f.placedAt(), f.deliveredAt());
		BigDecimal deliveredValue = delivered.stream()
			.map(OrderFact::grandTotal)
			.reduce(BigDecimal.ZERO, BigDecimal::add);
		BigDecimal returnedValue = returns.stream()
			.map(OrderFact.Return::returnedValue)
			.reduce(BigDecimal.ZERO, BigDecimal::add);
		Map<ReturnReason, BigDecimal> byReason = new EnumMap<>(ReturnReason.class);
		if (!delivered.isEmpty()) {
			returns.stream()
				.collect(Collectors.groupingBy(OrderFact.Return::reason, Collectors.counting()))
				.forEach((reason, count) -> byReason.put(reason, ratio(count, delivered.size())));
		}
		Map<CancellationCause, BigDecimal> byCause = new EnumMap<>(CancellationCause.class);
		placed.stream()
			.filter(f -> f.cancellationCause() != null)
			.collect(Collectors.groupingBy(OrderFact::cancellationCause, Collectors.counting()))
			.forEach((cause, count) -> byCause.put(cause, ratio(count, placed.size())));
		Map<ShippingMethod, BigDecimal> otifByMethod = new EnumMap<>(ShippingMethod.class);
		delivered.stream()
			.collect(Collectors.groupingBy(OrderFact::shippingMethod))
			.forEach((method, orders) -> otifByMethod.put(method, share(orders, f -> onTimeInFull(f, period))));
		List<BigDecimal> reviewMinutes = placed.stream()
			.map(OrderFact::fraudReviewMinutes)
			.filter(minutes -> minutes != null)
			.sorted()
			.toList();
		return new KpiFigures(placed.size(), handedOver.size(), delivered.size(),
				Times.of(handedOver.stream().map(fulfilment).toList()),
				byEnum(handedOver, OrderFact::channel, SalesChannel.class, fulfilment),
				byEnum(handedOver, OrderFact::shippingMethod, ShippingMethod.class, fulfilment),
				byWarehouse(handedOver, fulfilment), Times.of(delivered.stream().map(lead).toList()),
				byEnum(delivered, OrderFact::channel, SalesChannel.class, lead),
				byEnum(delivered, OrderFact::shippingMethod, ShippingMethod.class, lead), byWarehouse(delivered, lead),
				share(delivered, f -> perfect(f, period)), apqc(delivered, period),
				share(delivered, f -> onTimeInFull(f, period)), otifByMethod, share(placed, f -> !f.backordered()),
				null, null, share(delivered, KpiFigures::accurate),
				delivered.isEmpty() ? null : ratio(ordersReturning, delivered.size()),
				deliveredValue.signum() == 0 ? null
						: returnedValue.divide(deliveredValue, RATE_SCALE, RoundingMode.HALF_UP),
				byReason, share(placed, f -> f.cancelledAt() != null), byCause, share(placed, OrderFact::backordered),
				share(placed, OrderFact::fraudReview),
				reviewMinutes.isEmpty() ? null : reviewMinutes.get((int) Math.ceil(0.5 * reviewMinutes.size()) - 1),
				costPerOrder(handedOver, costs), costs.currency(), null);
	}

	/**
	 * Delivered by the promised date (as the reader's zone counts days); no promise, not
	 * on time.
	 */
	static boolean onTime(OrderFact fact, Period period) {
		return fact.promisedDate() != null && fact.deliveredAt() != null
				&& !period.day(fact.deliveredAt()).isAfter(fact.promisedDate());
	}

	/** Every unit ordered went out: nothing picked short, no short line given up. */
	static boolean complete(OrderFact fact) {
		return !fact.shortPicked() && !fact.shortLinesCancelled();
	}

	/** No parcel problem reported and nothing returned as arrived damaged. */
	static boolean damageFree(OrderFact fact) {
		return !fact.incident() && fact.returns().stream().noneMatch(r -> r.reason() == ReturnReason.DAMAGED);
	}

	/**
	 * The order's papers were right: no payment put right by hand, nothing returned as
	 * the wrong item or not as described.
	 */
	static boolean accurateDocumentation(OrderFact fact) {
		return !fact.paymentProblem() && fact.returns()
			.stream()
			.noneMatch(r -> r.reason() == ReturnReason.WRONG_ITEM || r.reason() == ReturnReason.NOT_AS_DESCRIBED);
	}

	static boolean onTimeInFull(OrderFact fact, Period period) {
		return onTime(fact, period) && complete(fact);
	}

	/** SCOR RL.1.1: on time, in full, damage-free, with accurate documentation. */
	static boolean perfect(OrderFact fact, Period period) {
		return onTime(fact, period) && complete(fact) && damageFree(fact) && accurateDocumentation(fact);
	}

	/** The right goods in the right quantity: no short pick, no wrong item returned. */
	static boolean accurate(OrderFact fact) {
		return !fact.shortPicked() && fact.returns()
			.stream()
			.noneMatch(r -> r.reason() == ReturnReason.WRONG_ITEM || r.reason() == ReturnReason.NOT_AS_DESCRIBED);
	}

	/** APQC: % on time × % complete × % damage-free × % accurate documentation. */
	private static BigDecimal apqc(List<OrderFact> delivered, Period period) {
		if (delivered.isEmpty()) {
			return null;
		}
		double n = delivered.size();
		double product = delivered.stream().filter(f -> onTime(f, period)).count() / n
				* (delivered.stream().filter(KpiFigures::complete).count() / n)
				* (delivered.stream().filter(KpiFigures::damageFree).count() / n)
				* (delivered.stream().filter(KpiFigures::accurateDocumentation).count() / n);
		return BigDecimal.valueOf(product).setScale(RATE_SCALE, RoundingMode.HALF_UP);
	}

	private static BigDecimal costPerOrder(List<OrderFact> orders, CostModel costs) {
		if (orders.isEmpty()) {
			return null;
		}
		BigDecimal total = orders.stream().map(f -> cost(f, costs)).reduce(BigDecimal.ZERO, BigDecimal::add);
		return total.divide(BigDecimal.valueOf(orders.size()), 2, RoundingMode.HALF_UP);
	}

	/** What handling the order cost by the cost model. */
	static BigDecimal cost(OrderFact fact, CostModel costs) {
		BigDecimal parcels = fact.parcels()
			.stream()
			.map(p -> costs.parcel(p.carrier(), p.service()))
			.reduce(BigDecimal.ZERO, BigDecimal::add);
		BigDecimal minutes = fact.taskMinutes() == null ? BigDecimal.ZERO : fact.taskMinutes();
		return costs.pickLine()
			.multiply(BigDecimal.valueOf(fact.lineCount()))
			.add(parcels)
			.add(costs.payment(fact.paymentMethod()))
			.add(costs.returnHandling().multiply(BigDecimal.valueOf(fact.returns().size())))
			.add(costs.staffMinute().multiply(minutes));
	}

	private static BigDecimal share(List<OrderFact> orders, Predicate<OrderFact> test) {
		return orders.isEmpty() ? null : ratio(orders.stream().filter(test).count(), orders.size());
	}

	private static BigDecimal ratio(long part, long whole) {
		return BigDecimal.valueOf(part).divide(BigDecimal.valueOf(whole), RATE_SCALE, RoundingMode.HALF_UP);
	}

	private static <E extends Enum<E>> Map<E, Times> byEnum(List<OrderFact> orders, Function<OrderFact, E> key,
			Class<E> type, Function<OrderFact, Duration> duration) {
		Map<E, Times> times = new EnumMap<>(type);
		orders.stream()
			.collect(Collectors.groupingBy(key, Collectors.mapping(duration, Collectors.toList())))
			.forEach((value, durations) -> times.put(value, Times.of(durations)));
		return times;
	}

	/** An order shipped from two warehouses counts for both. */
	private static Map<String, Times> byWarehouse(List<OrderFact> orders, Function<OrderFact, Duration> duration) {
		Map<String, List<Duration>> durations = new TreeMap<>();
		for (OrderFact order : orders) {
			for (String warehouse : order.warehouses()) {
				durations.computeIfAbsent(warehouse, w -> new java.util.ArrayList<>()).add(duration.apply(order));
			}
		}
		Map<String, Times> times = new TreeMap<>();
		durations.forEach((warehouse, list) -> times.put(warehouse, Times.of(list)));
		return times;
	}

}
