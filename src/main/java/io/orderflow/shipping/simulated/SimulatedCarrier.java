package io.orderflow.shipping.simulated;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;

import io.orderflow.shipping.CarrierGateway;
import io.orderflow.shipping.LabelPdf;
import io.orderflow.shipping.LabelZpl;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * A stand-in carrier. The tracking number is derived from the idempotency key, which is
 * exactly the guarantee a real carrier API gives: the same request twice yields the same
 * label. It renders the label documents a real carrier would return. A recipient named
 * {@value #OUTAGE_RECIPIENT} plays a carrier that cannot be reached. Chosen by
 * {@code orderflow.carrier.provider=simulated}.
 */
@Component
@ConditionalOnProperty(name = "orderflow.carrier.provider", havingValue = "simulated")
public class SimulatedCarrier implements CarrierGateway {

	public static final String OUTAGE_RECIPIENT = "Simulate Carrier Outage";

	private final SimulatedCarrierHolds holds;

	/** A carrier that holds nothing back, for rendering labels in tests. */
	public SimulatedCarrier() {
		this(new SimulatedCarrierHolds());
	}

	@Autowired
	SimulatedCarrier(SimulatedCarrierHolds holds) {
		this.holds = holds;
	}

	@Override
	public CarrierLabel buyLabel(String idempotencyKey, LabelRequest request) {
		if (OUTAGE_RECIPIENT.equals(request.to().name())) {
			throw new IllegalStateException(
					"The simulated carrier is not reachable (recipient " + OUTAGE_RECIPIENT + ")");
		}
		String trackingNumber = trackingNumber(idempotencyKey, request.carrier());
		holds.beforeAnswering(idempotencyKey);
		return new CarrierLabel(trackingNumber, LabelPdf.render(request, trackingNumber),
				LabelZpl.render(request, trackingNumber));
	}

	private static String trackingNumber(String idempotencyKey, String carrier) {
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256")
				.digest(idempotencyKey.getBytes(StandardCharsets.UTF_8));
			String prefix = carrier.replaceAll("[^A-Za-z]", "").toUpperCase(Locale.ROOT);
			return prefix + HexFormat.of().withUpperCase().formatHex(digest, 0, 8);
		}
		catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
	}

}
