package io.orderflow.inventory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;

import org.junit.jupiter.api.Test;

class PickReportTest {

	static final Map<String, Integer> PICK_LIST = Map.of("MUG-CER-350", 3, "COFFEE-1KG", 1);

	@Test
	void everythingFoundReportsNothingShort() {
		assertThat(PickReport.found(true, null, PICK_LIST)).isEmpty();
		assertThat(PickReport.found(true, "  ", PICK_LIST)).isEmpty();
	}

	@Test
	void shortLinesGiveTheQuantityFound() {
		assertThat(PickReport.found(false, "MUG-CER-350 1\r\n\nCOFFEE-1KG   0\n", PICK_LIST))
			.isEqualTo(Map.of("MUG-CER-350", 1, "COFFEE-1KG", 0));
	}

	@Test
	void neitherConfirmedNorReportedIsRefused() {
		assertThatThrownBy(() -> PickReport.found(false, null, PICK_LIST)).hasMessageContaining("Confirm");
		assertThatThrownBy(() -> PickReport.found(null, "", PICK_LIST)).hasMessageContaining("Confirm");
	}

	@Test
	void confirmedAndReportedShortIsRefused() {
		assertThatThrownBy(() -> PickReport.found(true, "MUG-CER-350 1", PICK_LIST)).hasMessageContaining("not both");
	}

	@Test
	void aReportThatIsNotAShortPickOfThisListIsRefused() {
		assertThatThrownBy(() -> PickReport.found(false, "MUG-CER-350", PICK_LIST))
			.hasMessageContaining("<SKU> <quantity found>");
		assertThatThrownBy(() -> PickReport.found(false, "MUG-CER-350 -1", PICK_LIST))
			.hasMessageContaining("<SKU> <quantity found>");
		assertThatThrownBy(() -> PickReport.found(false, "LAPTOP-14 0", PICK_LIST))
			.hasMessageContaining("not on this pick list");
		assertThatThrownBy(() -> PickReport.found(false, "MUG-CER-350 3", PICK_LIST)).hasMessageContaining("not short");
		assertThatThrownBy(() -> PickReport.found(false, "MUG-CER-350 1\nMUG-CER-350 2", PICK_LIST))
			.hasMessageContaining("twice");
	}

}
