package io.orderflow.inventory;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.IntStream;

import org.springframework.stereotype.Component;

/**
 * The default allocation: the fewest warehouses that together hold everything, preferring
 * warehouses by priority; when no combination holds everything, as much as there is, from
 * the preferred warehouses first.
 */
@Component
class FewestShipmentsAllocation implements AllocationStrategy {

	/**
	 * How many combinations the search tries before it settles for the preferred
	 * warehouses in order: it runs under the stock rows' locks, and an order that needs
	 * many small warehouses would otherwise try millions.
	 */
	static final int SEARCH_BUDGET = 20_000;

	@Override
	public Map<String, Map<String, Integer>> allocate(Map<String, Integer> needed,
			Map<String, Map<String, Integer>> available, List<String> warehouses) {
		if (!covers(warehouses, needed, available)) {
			return take(warehouses, needed, available);
		}
		// All warehouses together cover the order, so some smallest combination does:
		// look for it size by size.
		int[] budget = { SEARCH_BUDGET };
		for (int size = 1; size < warehouses.size() && budget[0] > 0; size++) {
			Optional<List<String>> combination = firstCovering(warehouses, size, needed, available, budget);
			if (combination.isPresent()) {
				return take(combination.get(), needed, available);
			}
		}
		return take(warehouses, needed, available);
	}

	/**
	 * The first combination of {@code size} warehouses that covers the need, in order of
	 * priority: combinations are visited as ascending index lists, so {BER, LEJ} comes
	 * before {BER, MUC} before {LEJ, MUC}.
	 */
	private static Optional<List<String>> firstCovering(List<String> warehouses, int size, Map<String, Integer> needed,
			Map<String, Map<String, Integer>> available, int[] budget) {
		int[] indices = IntStream.range(0, size).toArray();
		while (budget[0]-- > 0) {
			List<String> combination = IntStream.of(indices).mapToObj(warehouses::get).toList();
			if (covers(combination, needed, available)) {
				return Optional.of(combination);
			}
			int i = size - 1;
			while (i >= 0 && indices[i] == warehouses.size() - size + i) {
				i--;
			}
			if (i < 0) {
				return Optional.empty();
			}
			indices[i]++;
			for (int j = i + 1; j < size; j++) {
				indices[j] = indices[j - 1] + 1;
			}
		}
		return Optional.empty();
	}

	private static boolean covers(List<String> combination, Map<String, Integer> needed,
			Map<String, Map<String, Integer>> available) {
		return needed.entrySet()
			.stream()
			.allMatch(need -> combination.stream()
				.mapToInt(warehouse -> available.getOrDefault(warehouse, Map.of()).getOrDefault(need.getKey(), 0))
				.sum() >= need.getValue());
	}

	/**
	 * Takes each SKU from the warehouses in the given order until the need is met or
	 * stock runs out.
	 */
	private static Map<String, Map<String, Integer>> take(List<String> from, Map<String, Integer> needed,
			Map<String, Map<String, Integer>> available) {
		Map<String, Map<String, Integer>> allocation = new LinkedHashMap<>();
		needed.forEach((sku, quantity) -> {
			int left = quantity;
			for (String warehouse : from) {
				int taken = Math.min(left, available.getOrDefault(warehouse, Map.of()).getOrDefault(sku, 0));
				if (taken > 0) {
					allocation.computeIfAbsent(warehouse, w -> new TreeMap<>()).put(sku, taken);
					left -= taken;
				}
			}
		});
		return allocation;
	}

}
