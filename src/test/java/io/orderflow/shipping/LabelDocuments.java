package io.orderflow.shipping;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.util.Map;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.MultiFormatReader;
import com.google.zxing.NotFoundException;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.Result;
import com.google.zxing.common.HybridBinarizer;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;

/** Reads a label PDF as a person and a scanner would: its text, and its barcode. */
final class LabelDocuments {

	private LabelDocuments() {
	}

	record ReadLabel(String text, String barcode, BarcodeFormat format, float widthPoints, float heightPoints) {
	}

	static ReadLabel read(byte[] pdf) throws IOException, NotFoundException {
		try (PDDocument document = Loader.loadPDF(pdf)) {
			String text = new PDFTextStripper().getText(document);
			BufferedImage page = new PDFRenderer(document).renderImageWithDPI(0, 203);
			int[] pixels = page.getRGB(0, 0, page.getWidth(), page.getHeight(), null, 0, page.getWidth());
			BinaryBitmap bitmap = new BinaryBitmap(
					new HybridBinarizer(new RGBLuminanceSource(page.getWidth(), page.getHeight(), pixels)));
			Result result = new MultiFormatReader().decode(bitmap, Map.of(DecodeHintType.TRY_HARDER, true));
			return new ReadLabel(text, result.getText(), result.getBarcodeFormat(),
					document.getPage(0).getMediaBox().getWidth(), document.getPage(0).getMediaBox().getHeight());
		}
	}

}
