package io.orderflow.returns;

import java.util.Map;

import io.orderflow.web.ConflictException;
import io.orderflow.workflow.MessageCorrelations;
import io.orderflow.workflow.Messages;
import io.orderflow.workflow.ProcessVariables;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Where returns come in: a customer's request starts its return-handling instance; the
 * warehouse reports parcels.
 */
@Service
public class ReturnDesk {

	static final String PROCESS_KEY = "return-handling";

	private final Returns returns;

	private final RuntimeService runtime;

	private final MessageCorrelations correlations;

	ReturnDesk(Returns returns, RuntimeService runtime, MessageCorrelations correlations) {
		this.returns = returns;
		this.runtime = runtime;
		this.correlations = correlations;
	}

	@Transactional
	public String open(String orderNumber, ReturnReason reason, String comment, Map<String, Integer> quantities,
			String actor) {
		String returnNumber = returns.open(orderNumber, reason, comment, quantities, actor);
		runtime.startProcessInstanceByKey(PROCESS_KEY, returnNumber,
				Map.of(ProcessVariables.ORDER_NUMBER, orderNumber, ProcessVariables.RETURN_NUMBER, returnNumber));
		return returnNumber;
	}

	/**
	 * The parcel of an approved return arrived; it goes to inspection. A return still
	 * being decided may yet be approved, so that refusal is one to retry; a rejected,
	 * expired or already received one is final.
	 */
	@Transactional
	public void receive(String returnNumber) {
		ReturnStatus status = returns.get(returnNumber).status();
		if (status == ReturnStatus.REQUESTED) {
			throw ConflictException.tryAgain("Return " + returnNumber
					+ " is not approved yet; only parcels of approved returns are taken in. Try again shortly");
		}
		if (status != ReturnStatus.APPROVED) {
			throw new ConflictException(
					"Return " + returnNumber + " is " + status + "; only parcels of approved returns are taken in");
		}
		returns.changeStatus(returnNumber, ReturnStatus.RECEIVED, "parcel received in the warehouse");
		if (!correlations.correlate(Messages.RETURN_RECEIVED, returnNumber)) {
			throw ConflictException
				.tryAgain("Return " + returnNumber + " is not waiting for its parcel yet; try again shortly");
		}
	}

}
