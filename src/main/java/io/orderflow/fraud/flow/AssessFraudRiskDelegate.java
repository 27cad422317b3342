package io.orderflow.fraud.flow;

import io.orderflow.fraud.FraudCheckProcess;
import io.orderflow.fraud.FraudScreening;
import io.orderflow.fraud.FraudTimelineKind;
import io.orderflow.order.Timeline;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

@Component("assessFraudRisk")
class AssessFraudRiskDelegate implements JavaDelegate {

	private final FraudScreening screening;

	private final Timeline timeline;

	AssessFraudRiskDelegate(FraudScreening screening, Timeline timeline) {
		this.screening = screening;
		this.timeline = timeline;
	}

	@Override
	public void execute(DelegateExecution execution) {
		FraudCheckProcess process = FraudCheckProcess.of(execution);
		FraudScreening.RiskAssessment assessment = screening.assess(process.orderNumber());
		timeline.record(process.orderNumber(), FraudTimelineKind.RISK_ASSESSED,
				"Fraud risk " + assessment.level() + ": " + assessment.reasons());
		process.assessment(assessment);
	}

}
