package io.orderflow.returns;

import io.orderflow.order.PersonalData;
import io.orderflow.order.PersonalDataEraser;
import io.orderflow.workflow.ProcessHistory;
import org.springframework.stereotype.Component;

/**
 * The returns of an order past retention keep their lines, condition and refund; the
 * customer's comment and the customer on the return process's task cards go.
 */
@Component
class ReturnErasure implements PersonalDataEraser {

	private final ReturnRepository returns;

	private final ProcessHistory history;

	ReturnErasure(ReturnRepository returns, ProcessHistory history) {
		this.returns = returns;
		this.history = history;
	}

	@Override
	public void erase(String orderNumber, PersonalData personal) {
		for (String returnNumber : returns.forgetComments(orderNumber)) {
			history.eraseMentions(returnNumber, personal::mentionedIn);
		}
	}

}
