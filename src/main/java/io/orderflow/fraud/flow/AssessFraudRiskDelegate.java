package io.orderflow.fraud.flow;

import io.orderflow.fraud.FraudCheckProcess;
import io.orderflow.fraud.FraudScreening;
import io.orderflow.order.Orders;
import io.orderflow.order.TimelineEntryType;
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
		FraudCheckProcess process = FraudCheckProcess.of(execution);
		FraudScreening.RiskAssessment assessment = screening.assess(process.orderNumber());
		orders.record(process.orderNumber(), TimelineEntryType.RISK_ASSESSED,
				"Fraud risk " + assessment.level() + ": " + assessment.reasons());
		process.assessment(assessment);
	}

}
