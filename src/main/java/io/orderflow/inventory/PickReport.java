package io.orderflow.inventory;

import java.util.Map;
import java.util.TreeMap;

import io.orderflow.workflow.RefusedInputException;

/**
 * What the picker reports on the pick form: everything found, or one line per SKU that
 * was short, {@code <SKU> <quantity found>}. Only SKUs of the pick list, and fewer units
 * than it asks for, may be reported short.
 */
public final class PickReport {

	private PickReport() {
	}

	/**
	 * Units found per SKU reported short (empty when everything was found), or an
	 * {@link io.orderflow.workflow.RefusedInputException refusal} that Tasklist shows the
	 * picker.
	 */
	public static Map<String, Integer> found(Boolean allItemsPicked, String shortPicks, Map<String, Integer> pickList) {
		boolean reported = shortPicks != null && !shortPicks.isBlank();
		if (Boolean.TRUE.equals(allItemsPicked)) {
			if (reported) {
				throw new RefusedInputException(
						"Either confirm that all lines were picked, or report the short lines, not both");
			}
			return Map.of();
		}
		if (!reported) {
			throw new RefusedInputException("Confirm that all lines were picked, or report each short line as"
					+ " '<SKU> <quantity found>', one per line");
		}
		Map<String, Integer> found = new TreeMap<>();
		for (String line : shortPicks.strip().split("\\R")) {
			if (line.isBlank()) {
				continue;
			}
			String[] parts = line.strip().split("\\s+");
			if (parts.length != 2 || !parts[1].matches("\\d{1,6}")) {
				throw new RefusedInputException(
						"'" + line.strip() + "' is not '<SKU> <quantity found>', e.g. 'MUG-CER-350 1'");
			}
			String sku = parts[0];
			int quantity = Integer.parseInt(parts[1]);
			Integer wanted = pickList.get(sku);
			if (wanted == null) {
				throw new RefusedInputException(sku + " is not on this pick list");
			}
			if (quantity >= wanted) {
				throw new RefusedInputException(sku + ": " + quantity + " found is not short of the " + wanted
						+ " on the pick list; confirm the line instead");
			}
			if (found.put(sku, quantity) != null) {
				throw new RefusedInputException(sku + " is reported twice");
			}
		}
		return found;
	}

}
