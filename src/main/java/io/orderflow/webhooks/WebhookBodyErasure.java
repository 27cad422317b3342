package io.orderflow.webhooks;

import io.orderflow.order.spi.PersonalData;
import io.orderflow.order.spi.PersonalDataEraser;
import org.springframework.stereotype.Component;

/**
 * The webhook deliveries of an order past retention keep their events and attempts; the
 * customer in the order view each body carries is anonymised (a resend sends it so).
 */
@Component
class WebhookBodyErasure implements PersonalDataEraser {

	private final WebhookDeliveryRepository deliveries;

	WebhookBodyErasure(WebhookDeliveryRepository deliveries) {
		this.deliveries = deliveries;
	}

	@Override
	public void erase(String orderNumber, PersonalData personal) {
		deliveries.replaceInBodies(orderNumber, personal.replacements());
	}

}
