package io.orderflow.order;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.List;

/**
 * Rows of an RFC 4180 CSV file: a cell with a comma, a quote or a line break is quoted,
 * its quotes doubled, and rows end with CRLF. A cell that a spreadsheet would take for a
 * formula (it starts with =, +, -, @, a tab or a carriage return) gets a leading
 * apostrophe, so an e-mail address a customer typed cannot run in the reader's
 * spreadsheet.
 */
final class CsvRow {

	private final Writer out;

	CsvRow(Writer out) {
		this.out = out;
	}

	void write(List<String> cells) {
		StringBuilder row = new StringBuilder();
		for (int i = 0; i < cells.size(); i++) {
			if (i > 0) {
				row.append(',');
			}
			row.append(cell(cells.get(i)));
		}
		row.append("\r\n");
		try {
			out.write(row.toString());
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	static String cell(String value) {
		if (value == null || value.isEmpty()) {
			return "";
		}
		String guarded = "=+-@\t\r".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
		if (guarded.chars().anyMatch(c -> c == ',' || c == '"' || c == '\r' || c == '\n')) {
			return '"' + guarded.replace("\"", "\"\"") + '"';
		}
		return guarded;
	}

}
