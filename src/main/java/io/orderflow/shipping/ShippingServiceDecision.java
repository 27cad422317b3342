package io.orderflow.shipping;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import io.orderflow.order.ShippingMethod;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnDecisionResult;
import org.camunda.bpm.dmn.engine.DmnDecisionResultEntries;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.camunda.bpm.engine.DecisionService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.DecisionDefinition;
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

	private final RepositoryService repository;

	/** Evaluates estimates without writing decision history. */
	private final DmnEngine withoutHistory = DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();

	private final Map<String, DmnDecision> parsed = new ConcurrentHashMap<>();

	ShippingServiceDecision(DecisionService decisions, RepositoryService repository) {
		this.decisions = decisions;
		this.repository = repository;
	}

	/** The choice for a parcel that ships now; Cockpit keeps which rule decided. */
	ServiceChoice choose(ParcelFacts facts) {
		return ServiceChoice.of(decisions.evaluateDecisionByKey(DECISION_KEY).variables(facts.variables()).evaluate(),
				facts);
	}

	/**
	 * The choice the latest deployed table would make, for an estimate that reading an
	 * order asks for: nothing is written (no decision history for every read).
	 */
	ServiceChoice estimate(ParcelFacts facts) {
		DecisionDefinition latest = repository.createDecisionDefinitionQuery()
			.decisionDefinitionKey(DECISION_KEY)
			.latestVersion()
			.singleResult();
		DmnDecision decision = parsed.computeIfAbsent(latest.getId(), id -> parse(latest));
		return ServiceChoice.of(withoutHistory.evaluateDecision(decision, facts.variables()), facts);
	}

	private DmnDecision parse(DecisionDefinition definition) {
		try (InputStream table = repository.getResourceAsStream(definition.getDeploymentId(),
				definition.getResourceName())) {
			return withoutHistory.parseDecision(DECISION_KEY, table);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
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
