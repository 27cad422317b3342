package io.orderflow.workflow;

import java.util.List;

/**
 * The groups Orderflow's diagrams, authorizations and API rules name. Camunda's
 * administrators are {@link #ADMIN}.
 */
public final class OrderflowGroups {

	public static final String WAREHOUSE = "warehouse";

	public static final String FRAUD_ANALYSTS = "fraud-analysts";

	public static final String CUSTOMER_SERVICE = "customer-service";

	/**
	 * Systems (shops, marketplaces) that use {@code /api/**}; no webapp and no engine
	 * access.
	 */
	public static final String ORDER_API = "order-api";

	/** Managers who read the KPIs ({@code /api/kpis}); no tasks, no engine access. */
	public static final String MANAGERS = "managers";

	public static final String ADMIN = org.camunda.bpm.engine.authorization.Groups.CAMUNDA_ADMIN;

	/** The people who work tasks in Tasklist. */
	public static final List<String> STAFF = List.of(WAREHOUSE, FRAUD_ANALYSTS, CUSTOMER_SERVICE);

	private OrderflowGroups() {
	}

}
