package io.orderflow.shipping;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;

import com.google.zxing.BarcodeFormat;
import io.orderflow.order.Address;
import io.orderflow.shipping.simulated.SimulatedCarrier;
import org.junit.jupiter.api.Test;

/**
 * The simulated carrier's labels, read back: the PDF is 4×6 in, shows who sends what to
 * whom, and its barcode scans as the tracking number; the ZPL prints the same.
 */
class LabelRenderingTest {

	static final Address SENDER = Address.of("Orderflow Fulfilment", "Lagerweg 5", "Berlin", "12099", "DE");

	static final Address RECIPIENT = Address.of("Zoë Müller", "Hauptstraße 7", "München", "80331", "DE");

	final SimulatedCarrier carrier = new SimulatedCarrier();

	@Test
	void pdfLabelShowsTheParcelAndItsBarcodeScansAsTheTrackingNumber() throws Exception {
		CarrierGateway.CarrierLabel label = carrier.buyLabel("OF-100001-BER-1", request(null));

		LabelDocuments.ReadLabel read = LabelDocuments.read(label.pdf());

		assertThat(read.widthPoints()).isEqualTo(4 * 72);
		assertThat(read.heightPoints()).isEqualTo(6 * 72);
		assertThat(read.barcode()).isEqualTo(label.trackingNumber());
		assertThat(read.format()).isEqualTo(BarcodeFormat.CODE_128);
		assertThat(read.text()).contains("DHL", "Paket", "Orderflow Fulfilment", "Lagerweg 5", "12099 Berlin",
				"Zoë Müller", "Hauptstraße 7", "80331 München", "Weight: 1450 g", "Reference: OF-100001-BER-1",
				label.trackingNumber(), "SIGNATURE REQUIRED");
	}

	@Test
	void insuredValueIsPrintedOnlyWhenInsured() throws Exception {
		assertThat(LabelDocuments.read(carrier.buyLabel("K-1", request(new BigDecimal("612.40"))).pdf()).text())
			.contains("Insured value: 612.40");
		assertThat(LabelDocuments.read(carrier.buyLabel("K-2", request(null)).pdf()).text()).doesNotContain("Insured");
	}

	@Test
	void zplLabelPrintsTheTrackingNumberAsCode128() {
		CarrierGateway.CarrierLabel label = carrier.buyLabel("OF-100001-BER-1", request(null));

		assertThat(label.zpl()).startsWith("^XA").endsWith("^XZ\n");
		assertThat(label.zpl()).contains("^BCN,250,Y,N,N^FD" + label.trackingNumber() + "^FS", "Zoë Müller",
				"Reference: OF-100001-BER-1");
	}

	@Test
	void textThatWouldBeAZplCommandIsPrintedAsText() {
		Address hostile = Address.of("Eve ^XZ~JA", "Main St 1", "Berlin", "10115", "DE");

		String zpl = carrier
			.buyLabel("K-3", new CarrierGateway.LabelRequest("K-3", "DHL", "Paket", SENDER, hostile, 100, false, null))
			.zpl();

		assertThat(zpl).contains("Eve  XZ JA").containsOnlyOnce("^XZ");
	}

	@Test
	void theSameKeyBuysTheSameLabel() {
		assertThat(carrier.buyLabel("OF-1-BER-1", request(null)).trackingNumber())
			.isEqualTo(carrier.buyLabel("OF-1-BER-1", request(null)).trackingNumber())
			.isNotEqualTo(carrier.buyLabel("OF-1-BER-2", request(null)).trackingNumber());
	}

	private static CarrierGateway.LabelRequest request(BigDecimal insuredValue) {
		return new CarrierGateway.LabelRequest("OF-100001-BER-1", "DHL", "Paket", SENDER, RECIPIENT, 1450, true,
				insuredValue);
	}

}
