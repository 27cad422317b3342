package io.orderflow.shipping;

import java.util.List;

import io.orderflow.order.Address;

/**
 * The same label as {@link LabelPdf} in ZPL II for thermal printers (4×6 in at 203 dpi):
 * the tracking number as a Code 128 barcode ({@code ^BC}) with its text printed below.
 */
public final class LabelZpl {

	private LabelZpl() {
	}

	public static String render(CarrierGateway.LabelRequest label, String trackingNumber) {
		StringBuilder zpl = new StringBuilder("^XA\n^CI28\n^PW812\n^LL1218\n");
		field(zpl, 30, 30, 40, label.carrier() + "  " + label.service());
		field(zpl, 30, 90, 20, "FROM");
		address(zpl, 30, 115, 24, label.from());
		field(zpl, 30, 260, 20, "TO");
		address(zpl, 30, 290, 36, label.to());
		field(zpl, 30, 490, 28, "Weight: " + label.weightGrams() + " g");
		field(zpl, 30, 530, 28, "Reference: " + label.reference());
		if (label.signatureRequired()) {
			field(zpl, 30, 570, 28, "SIGNATURE REQUIRED");
		}
		if (label.insuredValue() != null) {
			field(zpl, 30, 610, 28, "Insured value: " + label.insuredValue());
		}
		zpl.append("^FO60,800^BY3^BCN,250,Y,N,N^FD").append(clean(trackingNumber)).append("^FS\n");
		return zpl.append("^XZ\n").toString();
	}

	private static void address(StringBuilder zpl, int x, int y, int size, Address address) {
		List<String> lines = address.lines();
		for (int i = 0; i < lines.size(); i++) {
			field(zpl, x, y + i * (size + 8), size, lines.get(i));
		}
	}

	private static void field(StringBuilder zpl, int x, int y, int size, String text) {
		zpl.append("^FO")
			.append(x)
			.append(',')
			.append(y)
			.append("^A0N,")
			.append(size)
			.append(',')
			.append(size)
			.append("^FD")
			.append(clean(text))
			.append("^FS\n");
	}

	/** ^ and ~ start ZPL commands; a customer's name must not. */
	private static String clean(String text) {
		return text.replaceAll("[\\^~\\p{Cntrl}]", " ");
	}

}
