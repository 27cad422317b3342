package io.orderflow.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import javax.script.ScriptEngineFactory;
import javax.script.ScriptEngineManager;

import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Orderflow's diagrams call Java beans only, so no general-purpose script language is
 * installed: a script task smuggled into a deployment cannot run code. The JSR-223
 * engines present are the engine's own: FEEL, which DMN needs and which cannot call Java,
 * and JUEL, the expression language the diagrams' {@code ${...}} already use. Adding a
 * script engine (GraalJS, Groovy, ...) to the build makes this fail.
 */
class ScriptLanguagesTest extends ProcessTestSupport {

	@ParameterizedTest
	@ValueSource(strings = { "javascript", "groovy", "python", "ruby" })
	void scriptTaskCannotRunForLackOfAScriptEngine(String language) {
		assertThat(new ScriptEngineManager().getEngineFactories()).extracting(ScriptEngineFactory::getLanguageName)
			.containsOnly("feel", "feel-unary-tests", "JSP 2.1 EL");
		deploy(language, "java.lang.Runtime.getRuntime().exec('touch /tmp/owned')");

		assertThatThrownBy(() -> engine.getRuntimeService().startProcessInstanceByKey("smuggled"))
			.hasMessageContaining("Can't find scripting engine for '" + language + "'");
	}

	@Test
	void feelScriptTaskCannotCallJava() {
		deploy("feel", "{ f: function(k) external { java: { class: \"java.lang.System\", "
				+ "method signature: \"clearProperty(java.lang.String)\" } }, r: f(\"user.home\") }.r");
		String home = System.getProperty("user.home");

		assertThatThrownBy(() -> engine.getRuntimeService().startProcessInstanceByKey("smuggled"))
			.hasMessageContaining("External functions are disabled");
		assertThat(System.getProperty("user.home")).isEqualTo(home);
	}

	private void deploy(String language, String script) {
		BpmnModelInstance smuggled = Bpmn.createExecutableProcess("smuggled")
			.camundaHistoryTimeToLive(1)
			.startEvent()
			.scriptTask()
			.scriptFormat(language)
			.scriptText(script)
			.endEvent()
			.done();
		engine.getRepositoryService().createDeployment().addModelInstance("smuggled.bpmn", smuggled).deploy();
	}

}
