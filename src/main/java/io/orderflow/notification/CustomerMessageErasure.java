package io.orderflow.notification;

import io.orderflow.order.spi.PersonalData;
import io.orderflow.order.spi.PersonalDataEraser;
import org.springframework.stereotype.Component;

/**
 * What was mailed to the customer of an order past retention: the record stays (which
 * mail, when, sent or failed), the address and the rendered content go.
 */
@Component
class CustomerMessageErasure implements PersonalDataEraser {

	static final String ERASED_BODY = "Erased after the retention period.";

	private final CustomerMessageRepository messages;

	CustomerMessageErasure(CustomerMessageRepository messages) {
		this.messages = messages;
	}

	@Override
	public void erase(String orderNumber, PersonalData personal) {
		messages.eraseContent(orderNumber, PersonalData.ANONYMISED_EMAIL, ERASED_BODY, personal.replacements());
	}

}
