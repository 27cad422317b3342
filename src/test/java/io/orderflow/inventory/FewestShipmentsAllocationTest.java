package io.orderflow.inventory;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

/**
 * Which warehouses ship how much: the fewest parcels first, the preferred warehouses
 * among equals.
 */
class FewestShipmentsAllocationTest {

	static final List<String> BY_PRIORITY = List.of("BER", "LEJ", "MUC", "HAM");

	final AllocationStrategy allocation = new FewestShipmentsAllocation();

	final Map<String, Map<String, Integer>> available = new HashMap<>();

	@Test
	void oneWarehouseHoldingEverythingShipsAloneEvenIfItIsNotThePreferredOne() {
		available.put("BER", Map.of("JEANS-IND-32", 1, "MUG-CER-350", 2));
		available.put("LEJ", Map.of("JEANS-IND-32", 3, "MUG-CER-350", 2));

		assertThat(allocate(Map.of("JEANS-IND-32", 3, "MUG-CER-350", 2), BY_PRIORITY))
			.isEqualTo(Map.of("LEJ", Map.of("JEANS-IND-32", 3, "MUG-CER-350", 2)));
	}

	@Test
	void whenSeveralWarehousesCouldShipAloneThePreferredOneDoes() {
		available.put("BER", Map.of("MUG-CER-350", 40));
		available.put("LEJ", Map.of("MUG-CER-350", 40));

		assertThat(allocate(Map.of("MUG-CER-350", 6), BY_PRIORITY)).isEqualTo(Map.of("BER", Map.of("MUG-CER-350", 6)));
	}

	@Test
	void whenNoWarehouseHoldsEverythingThePreferredPairThatDoesShips() {
		available.put("BER", Map.of("JEANS-IND-32", 2));
		available.put("LEJ", Map.of("JEANS-IND-32", 1));
		available.put("MUC", Map.of("JEANS-IND-32", 2));
		available.put("HAM", Map.of("JEANS-IND-32", 3));

		assertThat(allocate(Map.of("JEANS-IND-32", 4), BY_PRIORITY))
			.isEqualTo(Map.of("BER", Map.of("JEANS-IND-32", 2), "MUC", Map.of("JEANS-IND-32", 2)));
	}

	@Test
	void differentItemsFromDifferentWarehousesAreTwoShipmentsAndNoMoreThanNeededIsTaken() {
		available.put("BER", Map.of("JEANS-IND-32", 12, "COFFEE-1KG", 0));
		available.put("LEJ", Map.of("COFFEE-1KG", 30, "MUG-CER-350", 50));
		available.put("MUC", Map.of("JEANS-IND-32", 1, "COFFEE-1KG", 1, "MUG-CER-350", 1));

		assertThat(allocate(Map.of("JEANS-IND-32", 2, "COFFEE-1KG", 3, "MUG-CER-350", 4), BY_PRIORITY))
			.isEqualTo(Map.of("BER", Map.of("JEANS-IND-32", 2), "LEJ", Map.of("COFFEE-1KG", 3, "MUG-CER-350", 4)));
	}

	@Test
	void shortStockIsTakenAsFarAsItGoesFromThePreferredWarehousesFirst() {
		available.put("BER", Map.of("JEANS-IND-32", 30, "MUG-CER-350", 0));
		available.put("LEJ", Map.of("JEANS-IND-32", 25, "MUG-CER-350", 5));
		available.put("MUC", Map.of("MUG-CER-350", 5));

		assertThat(allocate(Map.of("JEANS-IND-32", 70, "MUG-CER-350", 2), BY_PRIORITY))
			.isEqualTo(Map.of("BER", Map.of("JEANS-IND-32", 30), "LEJ", Map.of("JEANS-IND-32", 25, "MUG-CER-350", 2)));
	}

	@Test
	void anItemNoWarehouseHasIsNotAllocatedAtAll() {
		available.put("BER", Map.of("MUG-CER-350", 10));

		assertThat(allocate(Map.of("KETTLE-1L7", 1), BY_PRIORITY)).isEmpty();
	}

	@Test
	void theOnlyPairThatCoversIsFoundAmongTwentyWarehouses() {
		List<String> twenty = warehouses(20);
		available.put("FC01", Map.of("BOTTLE-750", 3));
		available.put("FC19", Map.of("BOTTLE-750", 6));
		available.put("FC20", Map.of("BOTTLE-750", 4));

		assertThat(allocate(Map.of("BOTTLE-750", 10), twenty))
			.isEqualTo(Map.of("FC19", Map.of("BOTTLE-750", 6), "FC20", Map.of("BOTTLE-750", 4)));
	}

	@Test
	void aSingleFarWarehouseBeatsSixteenPreferredOnes() {
		List<String> twentyFive = warehouses(25);
		twentyFive.subList(0, 16).forEach(warehouse -> available.put(warehouse, Map.of("SOCKS-3PK", 1)));
		available.put("FC25", Map.of("SOCKS-3PK", 16));

		assertThat(allocate(Map.of("SOCKS-3PK", 16), twentyFive)).isEqualTo(Map.of("FC25", Map.of("SOCKS-3PK", 16)));
	}

	@Test
	void whenEvenAllTwentyFiveWarehousesFallShortEveryOneThatHasStockGivesIt() {
		List<String> twentyFive = warehouses(25);
		available.put("FC03", Map.of("BACKPACK-20L", 2));
		available.put("FC24", Map.of("BACKPACK-20L", 5));

		assertThat(allocate(Map.of("BACKPACK-20L", 9), twentyFive))
			.isEqualTo(Map.of("FC03", Map.of("BACKPACK-20L", 2), "FC24", Map.of("BACKPACK-20L", 5)));
	}

	@Test
	void anOrderThatNeedsThirtySmallWarehousesTakesThemInOrderOfPreferenceInsteadOfSearchingForever() {
		List<String> thirty = warehouses(30);
		thirty.forEach(warehouse -> available.put(warehouse, Map.of("MUG-CER-350", 1)));

		Map<String, Map<String, Integer>> allocated = allocate(Map.of("MUG-CER-350", 30), thirty);

		assertThat(allocated).hasSize(30);
		assertThat(allocated.values()).allMatch(taken -> taken.equals(Map.of("MUG-CER-350", 1)));
	}

	private Map<String, Map<String, Integer>> allocate(Map<String, Integer> needed, List<String> warehouses) {
		return allocation.allocate(needed, available, warehouses);
	}

	/** FC01, FC02, … in order of priority. */
	private static List<String> warehouses(int count) {
		return IntStream.rangeClosed(1, count).mapToObj(i -> "FC%02d".formatted(i)).toList();
	}

}
