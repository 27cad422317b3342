package io.orderflow.payment.flow;

import io.orderflow.payment.PaymentProcess;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * Refuses to complete "Resolve payment" without one of the resolutions, before the
 * gateway would fail on it with an expression error nobody can act on.
 */
@Component("checkPaymentResolution")
class CheckPaymentResolutionListener implements TaskListener {

	@Override
	public void notify(DelegateTask task) {
		PaymentProcess.of(task).resolution();
	}

}
