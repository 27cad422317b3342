package io.orderflow.workflow;

import org.camunda.bpm.engine.impl.history.event.HistoricVariableUpdateEventEntity;
import org.camunda.bpm.engine.impl.history.handler.DbHistoryEventHandler;

/**
 * Full history, less one table: each variable's last value stays in
 * {@code ACT_HI_VARINST} (Cockpit's variables of an ended instance, retention's erasure),
 * but no row per change of it goes to {@code ACT_HI_DETAIL}, the largest history table
 * per order. Nothing here reads it: Cockpit (community) and Tasklist show no variable
 * changes, the timeline and the KPIs come from the OMS's own tables. Measured and argued
 * in docs/performance.md.
 */
class VariableUpdatesNotRecorded extends DbHistoryEventHandler {

	@Override
	protected boolean shouldWriteHistoricDetail(HistoricVariableUpdateEventEntity update) {
		return false;
	}

}
