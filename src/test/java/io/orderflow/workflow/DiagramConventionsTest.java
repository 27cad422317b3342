package io.orderflow.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnEdge;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnShape;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaFailedJobRetryTimeCycle;
import org.camunda.bpm.model.dmn.Dmn;
import org.camunda.bpm.model.dmn.DmnModelInstance;
import org.camunda.bpm.model.dmn.instance.Decision;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.stereotype.Component;

/**
 * What every diagram an analyst saves must keep: it opens in Modeler (DI for every
 * element), it deploys on 7.24 (history time to live), its steps can be traced to a
 * version, external calls retry, every user task has a form and a queue, and every bean
 * an expression names exists.
 */
class DiagramConventionsTest {

	static final Path PROCESSES = Path.of("processes");

	static final Path FORMS = Path.of("forms");

	static final String CAMUNDA = "http://camunda.org/schema/1.0/bpmn";

	static final Pattern BEAN = Pattern.compile("^\\$\\{(\\w+)\\}$");

	static Stream<File> diagrams() throws IOException {
		return files(PROCESSES, ".bpmn");
	}

	static Stream<File> forms() throws IOException {
		return files(FORMS, ".form");
	}

	/**
	 * The variables forms set or gateways test that have a fixed set of values, and the
	 * enum that holds them.
	 */
	static final Map<String, String> VALUE_SETS = Map.of("decision", "io.orderflow.workflow.BackorderDecision",
			"resolution", "io.orderflow.payment.PaymentResolution", "itemCondition",
			"io.orderflow.returns.ItemCondition", "paymentMethod", "io.orderflow.order.PaymentMethod", "riskLevel",
			"io.orderflow.fraud.FraudScreening$RiskLevel", "returnDecision",
			"io.orderflow.returns.ReturnPolicy$Outcome", "deliveryResolution",
			"io.orderflow.workflow.DeliveryResolution", "afterRestock", "io.orderflow.workflow.RestockFollowUp",
			"reviewDecision", "io.orderflow.workflow.ReviewVerdict", "customerReason",
			"io.orderflow.order.CustomerReason");

	static final Pattern COMPARISON = Pattern
		.compile("(?:(\\w+)|execution\\.getVariable\\('(\\w+)'\\))\\s*[!=]=\\s*'([A-Z_]+)'");

	static Stream<File> decisions() throws IOException {
		return files(PROCESSES, ".dmn");
	}

	@ParameterizedTest
	@MethodSource("diagrams")
	void everyElementHasAShapeSoModelerAndCockpitShowIt(File diagram) {
		BpmnModelInstance model = Bpmn.readModelFromFile(diagram);
		Set<String> shaped = ids(
				model.getModelElementsByType(BpmnShape.class).stream().map(shape -> shape.getBpmnElement()));
		Set<String> edged = ids(
				model.getModelElementsByType(BpmnEdge.class).stream().map(edge -> edge.getBpmnElement()));

		assertThat(ids(model.getModelElementsByType(FlowNode.class).stream())).isSubsetOf(shaped);
		assertThat(ids(model.getModelElementsByType(SequenceFlow.class).stream())).isSubsetOf(edged);
		model.getModelElementsByType(FlowNode.class)
			.forEach(node -> assertThat(node.getName()).as("label of %s", node.getId()).isNotBlank());
	}

	@ParameterizedTest
	@MethodSource("diagrams")
	void processIsVersionedAndHasAHistoryTimeToLive(File diagram) throws IOException {
		BpmnModelInstance model = Bpmn.readModelFromFile(diagram);
		Process process = model.getModelElementsByType(Process.class).iterator().next();

		assertThat(diagram.getName()).isEqualTo(process.getId() + ".bpmn");
		assertThat(process.getCamundaVersionTag()).isNotBlank();
		assertThat(process.getCamundaHistoryTimeToLiveString()).isNotBlank();
		assertThat(Files.readString(diagram.toPath())).contains("modeler:executionPlatform=\"Camunda Platform\"");
	}

	@ParameterizedTest
	@MethodSource("diagrams")
	void everyAsynchronousStepHasAnExplicitRetryCycle(File diagram) {
		BpmnModelInstance model = Bpmn.readModelFromFile(diagram);

		model.getModelElementsByType(FlowNode.class)
			.stream()
			.filter(node -> "true"
				.equals(node.getAttributeValueNs("http://camunda.org/schema/1.0/bpmn", "asyncBefore")))
			.forEach(node -> assertThat(node.getExtensionElements() == null ? List.of()
					: node.getExtensionElements()
						.getElementsQuery()
						.filterByType(CamundaFailedJobRetryTimeCycle.class)
						.list())
				.as("retry cycle of %s", node.getId())
				.hasSize(1));
	}

	@ParameterizedTest
	@MethodSource("diagrams")
	void everyUserTaskHasAQueueAndADeployedForm(File diagram) throws IOException {
		BpmnModelInstance model = Bpmn.readModelFromFile(diagram);

		for (UserTask task : model.getModelElementsByType(UserTask.class)) {
			assertThat(task.getCamundaCandidateGroups()).as("candidate groups of %s", task.getId()).isNotBlank();
			assertThat(task.getCamundaFormRefBinding()).isEqualTo("deployment");
			Path form = FORMS.resolve(task.getCamundaFormRef() + ".form");
			assertThat(form).as("form of %s", task.getId()).exists();
			JsonNode schema = new ObjectMapper().readTree(form.toFile());
			assertThat(schema.get("id").asText()).isEqualTo(task.getCamundaFormRef());
			assertThat(schema.findValuesAsText("key")).contains("orderNumber");
		}
	}

	@ParameterizedTest
	@MethodSource("diagrams")
	void everyBeanAnExpressionNamesExists(File diagram) throws IOException {
		Matcher expressions = Pattern.compile("delegateExpression=\"([^\"]+)\"")
			.matcher(Files.readString(diagram.toPath()));
		Set<String> beans = componentNames();
		while (expressions.find()) {
			Matcher bean = BEAN.matcher(expressions.group(1));
			assertThat(bean.matches()).as("delegate expression %s", expressions.group(1)).isTrue();
			assertThat(beans).contains(bean.group(1));
		}
	}

	@ParameterizedTest
	@MethodSource("diagrams")
	void everyDelegateIsNamedAfterItsElementOrIsADocumentedSharedStep(File diagram) {
		BpmnModelInstance model = Bpmn.readModelFromFile(diagram);
		Map<String, Class<?>> beans = componentClasses();
		for (FlowNode node : model.getModelElementsByType(FlowNode.class)) {
			String expression = node.getAttributeValueNs(CAMUNDA, "delegateExpression");
			if (expression == null) {
				continue;
			}
			Matcher bean = BEAN.matcher(expression);
			assertThat(bean.matches()).as("delegate expression %s", expression).isTrue();
			assertThat(bean.group(1).equals(node.getId())
					|| beans.get(bean.group(1)).isAnnotationPresent(SharedStep.class))
				.as("%s calls ${%s}: name the bean after the element, or mark it @SharedStep", node.getId(),
						bean.group(1))
				.isTrue();
		}
	}

	/**
	 * Read-only form fields that show a process variable a step sets, not a task card:
	 * the return's number and the reasons the fraud and return decisions gave.
	 */
	static final Set<String> PROCESS_FACTS = Set.of("returnNumber", "riskReasons", "policyReasons");

	@ParameterizedTest
	@MethodSource("forms")
	void everyReadOnlyFieldIsWhatATaskCardWrites(File form) throws IOException {
		for (JsonNode field : new ObjectMapper().readTree(form).findParents("key")) {
			if (!field.path("disabled").asBoolean() && !field.path("readonly").asBoolean()) {
				continue;
			}
			String key = field.get("key").asText();
			if (!PROCESS_FACTS.contains(key)) {
				assertThat(TaskCard.variables())
					.as("read-only field %s of %s is filled by no task card", key, form.getName())
					.contains(key);
			}
		}
	}

	@Test
	void everyTaskCardFieldHasASetterOfItsName() {
		Set<String> setters = Arrays.stream(TaskCard.class.getMethods())
			.filter(method -> method.getReturnType() == TaskCard.class && method.getParameterCount() == 1)
			.map(Method::getName)
			.collect(Collectors.toSet());
		assertThat(setters).containsAll(TaskCard.variables());
	}

	@ParameterizedTest
	@MethodSource("forms")
	void formChoicesAreExactlyTheValuesTheCodeKnows(File form) throws IOException {
		for (JsonNode field : new ObjectMapper().readTree(form).findParents("values")) {
			String key = field.get("key").asText();
			assertThat(VALUE_SETS).as("value set of %s in %s", key, form.getName()).containsKey(key);
			List<String> choices = new ArrayList<>();
			field.get("values").forEach(choice -> choices.add(choice.get("value").asText()));
			assertThat(choices).as("choices of %s in %s", key, form.getName())
				.containsExactlyInAnyOrderElementsOf(constants(key));
		}
	}

	@ParameterizedTest
	@MethodSource("diagrams")
	void gatewaysTestOnlyValuesTheCodeKnows(File diagram) {
		for (SequenceFlow flow : Bpmn.readModelFromFile(diagram).getModelElementsByType(SequenceFlow.class)) {
			if (flow.getConditionExpression() == null) {
				continue;
			}
			Matcher comparison = COMPARISON.matcher(flow.getConditionExpression().getTextContent());
			while (comparison.find()) {
				String variable = comparison.group(1) != null ? comparison.group(1) : comparison.group(2);
				assertThat(VALUE_SETS).as("value set of %s on %s", variable, flow.getId()).containsKey(variable);
				assertThat(constants(variable)).as("condition of %s", flow.getId()).contains(comparison.group(3));
			}
		}
	}

	@ParameterizedTest
	@MethodSource("diagrams")
	void everyTimerWaitsAConfiguredDuration(File diagram) throws IOException {
		Set<String> configured = Arrays.stream(ProcessTimers.class.getRecordComponents())
			.map(RecordComponent::getName)
			.collect(Collectors.toSet());
		Matcher timers = Pattern.compile("\\$\\{timers\\.(\\w+)\\}").matcher(Files.readString(diagram.toPath()));
		while (timers.find()) {
			assertThat(configured).as("orderflow.timers of ${timers.%s}", timers.group(1)).contains(timers.group(1));
		}
	}

	@ParameterizedTest
	@MethodSource("decisions")
	void decisionIsVersionedAndHasAHistoryTimeToLive(File table) {
		DmnModelInstance model = Dmn.readModelFromFile(table);

		for (Decision decision : model.getModelElementsByType(Decision.class)) {
			assertThat(table.getName()).isEqualTo(decision.getId() + ".dmn");
			assertThat(decision.getVersionTag()).isNotBlank();
			assertThat(decision.getCamundaHistoryTimeToLiveString()).isNotBlank();
		}
	}

	private static List<String> constants(String variable) {
		try {
			return Arrays.stream(Class.forName(VALUE_SETS.get(variable)).getEnumConstants())
				.map(constant -> ((Enum<?>) constant).name())
				.toList();
		}
		catch (ClassNotFoundException e) {
			throw new IllegalStateException(e);
		}
	}

	private static Map<String, Class<?>> componentClasses() {
		ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(true);
		Map<String, Class<?>> beans = new HashMap<>();
		for (BeanDefinition definition : scanner.findCandidateComponents("io.orderflow")) {
			beans.put(componentName(definition.getBeanClassName()), load(definition.getBeanClassName()));
		}
		return beans;
	}

	private static Class<?> load(String className) {
		try {
			return Class.forName(className);
		}
		catch (ClassNotFoundException e) {
			throw new IllegalStateException(e);
		}
	}

	private static Set<String> componentNames() {
		ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(true);
		return scanner.findCandidateComponents("io.orderflow")
			.stream()
			.map(BeanDefinition::getBeanClassName)
			.map(DiagramConventionsTest::componentName)
			.collect(Collectors.toSet());
	}

	private static String componentName(String className) {
		try {
			Component component = Class.forName(className).getAnnotation(Component.class);
			return component == null ? "" : component.value();
		}
		catch (ClassNotFoundException e) {
			throw new IllegalStateException(e);
		}
	}

	private static Set<String> ids(Stream<? extends BaseElement> elements) {
		return elements.map(BaseElement::getId).collect(Collectors.toSet());
	}

	private static Stream<File> files(Path folder, String suffix) throws IOException {
		try (Stream<Path> paths = Files.list(folder)) {
			List<File> found = paths.filter(p -> p.toString().endsWith(suffix)).map(Path::toFile).sorted().toList();
			assertThat(found).isNotEmpty();
			return found.stream();
		}
	}

}
