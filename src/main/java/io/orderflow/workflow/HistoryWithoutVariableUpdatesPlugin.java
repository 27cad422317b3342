package io.orderflow.workflow;

import java.util.ArrayList;
import java.util.List;

import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.history.handler.HistoryEventHandler;
import org.springframework.stereotype.Component;

/**
 * Writes the engine's history through {@link VariableUpdatesNotRecorded} in place of
 * Camunda's database handler; other handlers (the starter publishes history events to
 * Spring) stay. The history level stays {@code full} (incidents, job log, decisions,
 * Tasklist's operation log), so an existing database keeps its level and starts
 * unchanged.
 */
@Component
class HistoryWithoutVariableUpdatesPlugin extends AbstractProcessEnginePlugin {

	@Override
	public void preInit(ProcessEngineConfigurationImpl configuration) {
		List<HistoryEventHandler> handlers = new ArrayList<>();
		handlers.add(new VariableUpdatesNotRecorded());
		if (configuration.getCustomHistoryEventHandlers() != null) {
			handlers.addAll(configuration.getCustomHistoryEventHandlers());
		}
		configuration.setCustomHistoryEventHandlers(handlers);
		configuration.setEnableDefaultDbHistoryEventHandler(false);
	}

}
