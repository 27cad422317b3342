package io.orderflow.kpi;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

import io.orderflow.order.PaymentMethod;
import io.orderflow.order.SalesChannel;
import io.orderflow.order.ShippingMethod;
import io.orderflow.returns.ReturnReason;
import io.orderflow.workflow.CancellationCause;
import org.springframework.lang.Nullable;

/**
 * What the figures know of one order: when it was placed, handed over (its last parcel),
 * delivered or cancelled, what went wrong on the way, its parcels, warehouses and
 * returns. Times are instants; a period's edges are drawn in the reader's zone.
 */
record OrderFact(String orderNumber, SalesChannel channel, ShippingMethod shippingMethod, PaymentMethod paymentMethod,
		String currency, BigDecimal grandTotal, int lineCount, int unitCount, OffsetDateTime placedAt,
		@Nullable LocalDate promisedDate, @Nullable OffsetDateTime handedOverAt, @Nullable OffsetDateTime deliveredAt,
		@Nullable OffsetDateTime cancelledAt, @Nullable CancellationCause cancellationCause,
		@Nullable OffsetDateTime rejectedAt, boolean fraudReview, @Nullable BigDecimal fraudReviewMinutes,
		boolean backordered, boolean shortLinesCancelled, boolean paymentProblem, boolean shortPicked, boolean incident,
		@Nullable BigDecimal taskMinutes, List<Parcel> parcels, List<String> warehouses, List<Return> returns) {

	/** A parcel whose label was bought. */
	record Parcel(String shipmentKey, String carrier, String service, OffsetDateTime labelledAt) {
	}

	/**
	 * A return the customer asked for; {@code returnedValue} is what its lines are worth
	 * at the price paid, {@code refundedValue} what was refunded, once it was.
	 */
	record Return(String returnNumber, ReturnReason reason, OffsetDateTime requestedAt, BigDecimal returnedValue,
			@Nullable BigDecimal refundedValue) {

		/** A return that says the order itself was not right: damaged or wrong goods. */
		boolean faultOfTheOrder() {
			return reason == ReturnReason.DAMAGED || reason == ReturnReason.WRONG_ITEM
					|| reason == ReturnReason.NOT_AS_DESCRIBED;
		}

	}

}
