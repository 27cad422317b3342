package io.orderflow.shipping;

import java.math.BigDecimal;
import java.util.Map;

import io.orderflow.order.ShippingMethod;
import org.camunda.bpm.dmn.engine.DmnDecisionResult;
import org.camunda.bpm.dmn.engine.DmnDecisionResultEntries;
import org.camunda.bpm.engine.DecisionService;
import org.springframework.stereotype.Component;

/**
 * Asks the analysts' decision table {@code processes/shipping-service.dmn} (hit policy
 * FIRST) which carrier and service take a parcel, how many business days it travels, and
 * whether it is signed for and insured. Changing the table changes the choice; no Java.
 */
@Component
class ShippingServiceDecision {

	static final String DECISION_KEY = "shipping-service";

	private final DecisionService decisions;

	ShippingServiceDecision(DecisionService decisions) {
		this.decisions = decisions;
	}

	ServiceChoice choose(ParcelFacts facts) {
		return ServiceChoice.of(decisions.evaluateDecisionByKey(DECISION_KEY).variables(facts.variables()).evaluate(),
				facts);
	}

	/** The inputs of the table; their names are its input variables. */
	record ParcelFacts(ShippingMethod shippingMethod, int parcelWeightGrams, String destinationCountry,
			BigDecimal goodsValue, boolean hazardous, boolean fragile) {

		Map<String, Object> variables() {
			return Map.of("shippingMethod", shippingMethod.name(), "parcelWeightGrams", parcelWeightGrams,
					"destinationCountry", destinationCountry, "goodsValue", goodsValue.doubleValue(), "hazardous",
					hazardous, "fragile", fragile);
		}

	}

	/** The table's outputs. */
	record ServiceChoice(String carrier, String service, int transitDays, boolean signatureRequired, boolean insured) {

		static ServiceChoice of(DmnDecisionResult result, ParcelFacts facts) {
			DmnDecisionResultEntries first = result.getFirstResult();
			if (first == null) {
				throw new IllegalStateException(
						"The decision " + DECISION_KEY + " has no rule for " + facts + "; add one in Modeler");
			}
			Number transitDays = first.getEntry("transitDays");
			return new ServiceChoice(first.getEntry("carrier"), first.getEntry("service"), transitDays.intValue(),
					Boolean.TRUE.equals(first.getEntry("signatureRequired")),
					Boolean.TRUE.equals(first.getEntry("insured")));
		}

	}

}
