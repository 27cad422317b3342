package io.orderflow.inventory;

import java.util.List;
import java.util.Map;

/** Decides which warehouse ships how much of what an order still needs. */
interface AllocationStrategy {

	/**
	 * @param needed quantity per SKU still to reserve
	 * @param available available quantity per warehouse and SKU
	 * @param warehouses warehouse codes, most preferred first
	 * @return quantity per warehouse and SKU to reserve; may cover less than needed when
	 * stock is short
	 */
	Map<String, Map<String, Integer>> allocate(Map<String, Integer> needed, Map<String, Map<String, Integer>> available,
			List<String> warehouses);

}
