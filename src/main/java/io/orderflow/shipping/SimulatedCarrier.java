package io.orderflow.shipping;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;

import io.orderflow.order.Address;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * A stand-in carrier. The tracking number is derived from the idempotency key, which is
 * exactly the guarantee a real carrier API gives: the same request twice yields the same
 * label. Chosen by {@code orderflow.carrier.provider=simulated}.
 */
@Component
@ConditionalOnProperty(name = "orderflow.carrier.provider", havingValue = "simulated")
class SimulatedCarrier implements CarrierGateway {

	@Override
	public String createLabel(String idempotencyKey, CarrierServices.CarrierService service, Address to,
			int weightGrams) {
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256")
				.digest(idempotencyKey.getBytes(StandardCharsets.UTF_8));
			String prefix = service.carrier().replaceAll("[^A-Za-z]", "").toUpperCase(Locale.ROOT);
			return prefix + HexFormat.of().withUpperCase().formatHex(digest, 0, 8);
		}
		catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
	}

}
