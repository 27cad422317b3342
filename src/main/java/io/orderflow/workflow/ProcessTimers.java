package io.orderflow.workflow;

import java.time.Duration;
import java.time.Period;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Durations the diagrams' timers read as {@code ${timers.returnWindow}}, so operations tune them in configuration.
 * Values are ISO-8601 durations and are checked at start-up, not when a timer first fires.
 */
@Component("timers")
public class ProcessTimers {

	private final String returnWindow;

	private final String deliverySla;

	private final String reservationTtl;

	private final String backorderWait;

	private final String reviewSla;

	private final String paymentRetryWindow;

	private final String bankTransferDeadline;

	private final String returnParcelWindow;

	ProcessTimers(@Value("${orderflow.return-window}") String returnWindow,
			@Value("${orderflow.delivery.sla}") String deliverySla,
			@Value("${orderflow.inventory.reservation-ttl}") String reservationTtl,
			@Value("${orderflow.inventory.backorder-wait}") String backorderWait,
			@Value("${orderflow.fraud.review-sla}") String reviewSla,
			@Value("${orderflow.payment.retry-window}") String paymentRetryWindow,
			@Value("${orderflow.payment.bank-transfer-deadline}") String bankTransferDeadline,
			@Value("${orderflow.returns.parcel-window}") String returnParcelWindow) {
		this.returnWindow = checked("orderflow.return-window", returnWindow);
		this.deliverySla = checked("orderflow.delivery.sla", deliverySla);
		this.reservationTtl = checked("orderflow.inventory.reservation-ttl", reservationTtl);
		this.backorderWait = checked("orderflow.inventory.backorder-wait", backorderWait);
		this.reviewSla = checked("orderflow.fraud.review-sla", reviewSla);
		this.paymentRetryWindow = checked("orderflow.payment.retry-window", paymentRetryWindow);
		this.bankTransferDeadline = checked("orderflow.payment.bank-transfer-deadline", bankTransferDeadline);
		this.returnParcelWindow = checked("orderflow.returns.parcel-window", returnParcelWindow);
	}

	public String getReturnParcelWindow() {
		return returnParcelWindow;
	}

	public String getReturnWindow() {
		return returnWindow;
	}

	public String getDeliverySla() {
		return deliverySla;
	}

	/** How long reserved stock waits for the payment before it is released and the order cancelled. */
	public String getReservationTtl() {
		return reservationTtl;
	}

	/** How long a backorder waits for stock before customer service is asked again. */
	public String getBackorderWait() {
		return backorderWait;
	}

	/** How long a fraud review may stay untouched before customer service is asked to help. */
	public String getReviewSla() {
		return reviewSla;
	}

	/** How long a customer has to give new payment details after a decline. */
	public String getPaymentRetryWindow() {
		return paymentRetryWindow;
	}

	/** How long a bank-transfer order waits for the money. */
	public String getBankTransferDeadline() {
		return bankTransferDeadline;
	}

	private static String checked(String property, String value) {
		try {
			if (value.contains("T")) {
				Duration.parse(value);
			}
			else {
				Period.parse(value);
			}
			return value;
		}
		catch (RuntimeException e) {
			throw new IllegalArgumentException(property + " must be an ISO-8601 duration such as P30D, was " + value, e);
		}
	}

}
