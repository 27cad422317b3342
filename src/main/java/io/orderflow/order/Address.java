package io.orderflow.order;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

public record Address(@NotBlank @Size(max = 200) String name, @NotBlank @Size(max = 200) String line1,
		@NotBlank @Size(max = 100) String city, @NotBlank @Size(max = 20) String postalCode,
		@NotBlank @Pattern(regexp = "^[A-Z]{2}$",
				message = "must be an ISO 3166-1 alpha-2 country code, e.g. DE") String country) {

	/** "Ada Lovelace, 1 Main St, 10115 Berlin, DE", as a form shows it. */
	public String oneLine() {
		return name + ", " + line1 + ", " + postalCode + " " + city + ", " + country;
	}

}
