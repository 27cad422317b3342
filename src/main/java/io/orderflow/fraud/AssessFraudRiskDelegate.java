package io.orderflow.fraud;

import io.orderflow.order.Orders;
import io.orderflow.workflow.ProcessVariables;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

@Component("assessFraudRisk")
class AssessFraudRiskDelegate implements JavaDelegate {

	private final FraudScreening screening;

	private final Orders orders;

	AssessFraudRiskDelegate(FraudScreening screening, Orders orders) {
		this.screening = screening;
		this.orders = orders;
	}

	@Override
	public void execute(DelegateExecution execution) {
		String orderNumber = ProcessVariables.orderNumber(execution);
		FraudScreening.RiskAssessment assessment = screening.assess(orderNumber);
		orders.record(orderNumber, "RISK_ASSESSED", "Fraud risk " + assessment.level() + ": " + assessment.reasons());
		execution.setVariable(ProcessVariables.RISK_LEVEL, assessment.level().name());
		execution.setVariable(ProcessVariables.RISK_REASONS, assessment.reasons());
	}

}
