package io.orderflow.shipping;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.oned.Code128Writer;
import io.orderflow.order.Address;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;

/**
 * Renders a 4×6 in shipping label as PDF: sender, recipient, carrier and service, weight,
 * our reference, and the tracking number as a Code 128 barcode with its text below.
 */
public final class LabelPdf {

	/** 4 × 6 inches in PostScript points. */
	static final PDRectangle FOUR_BY_SIX = new PDRectangle(4 * 72, 6 * 72);

	private static final float MARGIN = 14;

	private LabelPdf() {
	}

	public static byte[] render(CarrierGateway.LabelRequest label, String trackingNumber) {
		try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			PDPage page = new PDPage(FOUR_BY_SIX);
			document.addPage(page);
			PDType1Font regular = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
			PDType1Font bold = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
			PDImageXObject barcode = LosslessFactory.createFromImage(document, code128(trackingNumber));
			try (PDPageContentStream content = new PDPageContentStream(document, page)) {
				float top = FOUR_BY_SIX.getHeight() - MARGIN;
				Text text = new Text(content);
				text.line(bold, 14, MARGIN, top - 12, label.carrier() + "  " + label.service());
				text.block(regular, 7, MARGIN, top - 30, "FROM", label.from());
				text.block(bold, 11, MARGIN, top - 100, "TO", label.to());
				float facts = top - 200;
				text.line(regular, 9, MARGIN, facts, "Weight: " + label.weightGrams() + " g");
				text.line(regular, 9, MARGIN, facts - 13, "Reference: " + label.reference());
				if (label.signatureRequired()) {
					text.line(bold, 9, MARGIN, facts - 26, "SIGNATURE REQUIRED");
				}
				if (label.insuredValue() != null) {
					text.line(regular, 9, MARGIN, facts - 39, "Insured value: " + label.insuredValue());
				}
				float width = FOUR_BY_SIX.getWidth() - 2 * MARGIN;
				content.drawImage(barcode, MARGIN, MARGIN + 30, width, 90);
				text.line(bold, 12, MARGIN, MARGIN + 12, trackingNumber);
			}
			document.save(out);
			return out.toByteArray();
		}
		catch (IOException e) {
			throw new UncheckedIOException("Could not render the label of " + trackingNumber, e);
		}
	}

	/** The barcode, one pixel per module, with the quiet zones Code 128 needs. */
	private static BufferedImage code128(String trackingNumber) {
		BitMatrix matrix = new Code128Writer().encode(trackingNumber, BarcodeFormat.CODE_128, 0, 1);
		BufferedImage image = new BufferedImage(matrix.getWidth(), 1, BufferedImage.TYPE_BYTE_BINARY);
		for (int x = 0; x < matrix.getWidth(); x++) {
			image.setRGB(x, 0, matrix.get(x, 0) ? 0x000000 : 0xFFFFFF);
		}
		return image;
	}

	/** Writes lines, replacing what the standard fonts cannot show. */
	private record Text(PDPageContentStream content) {

		void line(PDType1Font font, float size, float x, float y, String text) throws IOException {
			content.beginText();
			content.setFont(font, size);
			content.newLineAtOffset(x, y);
			content.showText(printable(font, text));
			content.endText();
		}

		void block(PDType1Font font, float size, float x, float y, String heading, Address address) throws IOException {
			line(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 7, x, y, heading);
			List<String> lines = address.lines();
			for (int i = 0; i < lines.size(); i++) {
				line(font, size, x, y - (i + 1) * (size + 3), lines.get(i));
			}
		}

		private static String printable(PDType1Font font, String text) {
			StringBuilder shown = new StringBuilder();
			text.codePoints().forEach(c -> {
				String character = new String(Character.toChars(c));
				try {
					font.encode(character);
					shown.append(character);
				}
				catch (IOException | IllegalArgumentException e) {
					shown.append('?');
				}
			});
			return shown.toString();
		}

	}

}
