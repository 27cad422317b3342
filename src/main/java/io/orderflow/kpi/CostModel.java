package io.orderflow.kpi;

import java.math.BigDecimal;
import java.util.Map;

import io.orderflow.order.PaymentMethod;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * What handling an order costs ({@code orderflow.kpi.cost}), in {@code currency}: each
 * pick line, each parcel by carrier and service ({@code parcel.<carrier>.<service>}, else
 * {@code parcel-default}), each payment by method, each return, each minute staff worked
 * on the order's tasks. The cost per order adds these up for the order's own lines,
 * parcels, payment, returns and task minutes.
 */
@ConfigurationProperties("orderflow.kpi.cost")
record CostModel(@DefaultValue("EUR") String currency, @DefaultValue("0") BigDecimal pickLine,
		Map<String, Map<String, BigDecimal>> parcel, @DefaultValue("0") BigDecimal parcelDefault,
		Map<PaymentMethod, BigDecimal> payment, @DefaultValue("0") BigDecimal returnHandling,
		@DefaultValue("0") BigDecimal staffMinute) {

	CostModel {
		parcel = parcel == null ? Map.of() : parcel;
		payment = payment == null ? Map.of() : payment;
	}

	BigDecimal parcel(String carrier, String service) {
		return parcel.getOrDefault(carrier, Map.of()).getOrDefault(service, parcelDefault);
	}

	BigDecimal payment(PaymentMethod method) {
		return payment.getOrDefault(method, BigDecimal.ZERO);
	}

}
