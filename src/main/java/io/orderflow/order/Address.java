package io.orderflow.order;

import java.util.List;
import java.util.StringJoiner;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.springframework.lang.Nullable;

/**
 * A postal address. An order's addresses are checked against their country's rules
 * ({@link AddressRules}) and stored as normalised there.
 */
public record Address(@NotBlank @Size(max = 200) String name, @NotBlank @Size(max = 200) String line1,
		@Nullable @Size(max = 200) @Schema(description = "Optional second address line") String line2,
		@NotBlank @Size(max = 100) String city,
		@Nullable @Size(max = 100) @Schema(
				description = "State, province or county; required for US (the state's code, e.g. CA) and CA "
						+ "(the province's code, e.g. ON)") String region,
		@NotBlank @Size(max = 20) @Schema(description = "In the country's format, e.g. 10115 (DE), 1012 AB (NL), "
				+ "SW1A 1AA (GB), 95014 (US); stored upper case with single spaces") String postalCode,
		@NotBlank @Pattern(regexp = "^[A-Z]{2}$",
				message = "must be an ISO 3166-1 alpha-2 country code, e.g. DE") String country) {

	/**
	 * An address without a second line or region. A factory, not a constructor: with one
	 * constructor only, configuration ({@code orderflow.shipping.sender}) binds to it.
	 */
	public static Address of(String name, String line1, String city, String postalCode, String country) {
		return new Address(name, line1, null, city, null, postalCode, country);
	}

	/**
	 * The four lines a label prints: name, street (with the second line after a comma),
	 * postal code and city (and region), country.
	 */
	public List<String> lines() {
		return List.of(name, line2 == null ? line1 : line1 + ", " + line2,
				postalCode + " " + city + (region == null ? "" : " " + region), country);
	}

	/** "Ada Lovelace, 1 Main St, 10115 Berlin, DE", as a form shows it. */
	public String oneLine() {
		StringJoiner joined = new StringJoiner(", ").add(name).add(line1);
		if (line2 != null) {
			joined.add(line2);
		}
		joined.add(postalCode + " " + city);
		if (region != null) {
			joined.add(region);
		}
		return joined.add(country).toString();
	}

}
