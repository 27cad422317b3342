package io.orderflow.payment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import io.orderflow.order.OrderDetails;
import io.swagger.v3.oas.annotations.media.Schema;
import org.junit.jupiter.api.Test;

/**
 * The order view's {@code paymentStatus} is text in {@code order}, which may not know
 * payment's types; the API document lists its values, and they must be the ones the view
 * shows.
 */
class DocumentedPaymentStatusTest {

	@Test
	void apiDocumentListsEveryPaymentStatusTheOrderViewShows() throws NoSuchMethodException {
		List<String> shown = new ArrayList<>();
		for (PaymentStatus status : PaymentStatus.values()) {
			shown.add(status.name());
		}
		shown.add(PaymentStatusView.VOID_PENDING);

		assertThat(OrderDetails.class.getMethod("paymentStatus").getAnnotation(Schema.class).allowableValues())
			.containsExactlyInAnyOrderElementsOf(shown);
	}

}
