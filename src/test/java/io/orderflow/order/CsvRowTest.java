package io.orderflow.order;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import java.util.List;

import org.junit.jupiter.api.Test;

/** Cells as RFC 4180 quotes them, with formulas defused for spreadsheets. */
class CsvRowTest {

	@Test
	void cellsWithSeparatorsQuotesOrLineBreaksAreQuotedAndFormulasGetAnApostrophe() {
		StringWriter out = new StringWriter();

		new CsvRow(out).write(List.of("plain", "a,b", "say \"hi\"", "two\nlines", "=1+2", "+49 30", "-3", "@SUM(A1)",
				"=HYPERLINK(\"x\",\"y\")", "", "a=b"));

		assertThat(out.toString()).isEqualTo("plain,\"a,b\",\"say \"\"hi\"\"\",\"two\nlines\",'=1+2,'+49 30,'-3,"
				+ "'@SUM(A1),\"'=HYPERLINK(\"\"x\"\",\"\"y\"\")\",,a=b\r\n");
	}

}
