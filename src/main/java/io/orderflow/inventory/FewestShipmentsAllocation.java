package io.orderflow.inventory;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.springframework.stereotype.Component;

/**
 * The default allocation: the fewest warehouses that together hold everything, preferring warehouses by priority;
 * when no combination holds everything, as much as there is, from the preferred warehouses first.
 */
@Component
class FewestShipmentsAllocation implements AllocationStrategy {

	@Override
	public Map<String, Map<String, Integer>> allocate(Map<String, Integer> needed,
			Map<String, Map<String, Integer>> available, List<String> warehouses) {
		for (List<String> combination : combinationsBySize(warehouses)) {
			if (covers(combination, needed, available)) {
				return take(combination, needed, available);
			}
		}
		return take(warehouses, needed, available);
	}

	private static boolean covers(List<String> combination, Map<String, Integer> needed,
			Map<String, Map<String, Integer>> available) {
		return needed.entrySet()
			.stream()
			.allMatch(need -> combination.stream()
				.mapToInt(warehouse -> available.getOrDefault(warehouse, Map.of()).getOrDefault(need.getKey(), 0))
				.sum() >= need.getValue());
	}

	/** Takes each SKU from the warehouses in the given order until the need is met or stock runs out. */
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

	/** Every non-empty combination of warehouses, smallest first, then by the priority of its members. */
	private static List<List<String>> combinationsBySize(List<String> warehouses) {
		List<List<String>> combinations = new ArrayList<>();
		int n = Math.min(warehouses.size(), 16);
		for (int mask = 1; mask < (1 << n); mask++) {
			List<String> combination = new ArrayList<>();
			for (int i = 0; i < n; i++) {
				if ((mask & (1 << i)) != 0) {
					combination.add(warehouses.get(i));
				}
			}
			combinations.add(combination);
		}
		combinations.sort(Comparator.<List<String>>comparingInt(List::size)
			.thenComparing(c -> c.stream().map(warehouses::indexOf).toList(), FewestShipmentsAllocation::lexically));
		return combinations;
	}

	private static int lexically(List<Integer> a, List<Integer> b) {
		for (int i = 0; i < Math.min(a.size(), b.size()); i++) {
			int compared = Integer.compare(a.get(i), b.get(i));
			if (compared != 0) {
				return compared;
			}
		}
		return Integer.compare(a.size(), b.size());
	}

}
