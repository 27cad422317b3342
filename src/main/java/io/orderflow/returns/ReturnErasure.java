package io.orderflow.returns;

import io.orderflow.order.spi.PersonalData;
import io.orderflow.order.spi.PersonalDataEraser;
import io.orderflow.shipping.ReturnLabels;
import io.orderflow.workflow.ProcessHistory;
import org.springframework.stereotype.Component;

/**
 * The returns of an order past retention keep their lines, condition and refund; the
 * customer's comment, the return label (sent from the customer's address) and the
 * customer on the return process's task cards go.
 */
@Component
class ReturnErasure implements PersonalDataEraser {

	private final ReturnRepository returns;

	private final ProcessHistory history;

	private final ReturnLabels labels;

	ReturnErasure(ReturnRepository returns, ProcessHistory history, ReturnLabels labels) {
		this.returns = returns;
		this.history = history;
		this.labels = labels;
	}

	@Override
	public void erase(String orderNumber, PersonalData personal) {
		for (String returnNumber : returns.forgetComments(orderNumber)) {
			history.eraseMentions(returnNumber, personal::mentionedIn);
			labels.forgetReturnLabel(returnNumber);
		}
	}

}
