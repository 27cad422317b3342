package io.orderflow.workflow;

import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.stereotype.Component;

/**
 * Writes the engine's history through {@link VariableUpdatesNotRecorded}. The history
 * level stays {@code full} (incidents, job log, decisions, Tasklist's operation log), so
 * an existing database keeps its level and starts unchanged.
 */
@Component
class HistoryWithoutVariableUpdatesPlugin extends AbstractProcessEnginePlugin {

	@Override
	public void preInit(ProcessEngineConfigurationImpl configuration) {
		configuration.setHistoryEventHandler(new VariableUpdatesNotRecorded());
	}

}
