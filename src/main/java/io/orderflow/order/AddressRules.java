package io.orderflow.order;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.orderflow.web.InvalidRequestException;
import org.springframework.core.io.ClassPathResource;
import org.springframework.lang.Nullable;
import org.springframework.stereotype.Component;

/**
 * Checks an address against its country's rules and returns it normalised: ISO 3166-1
 * countries only (the JDK's list), the postal-code format and the regions of the
 * countries in {@code addresses/address-rules.json}.
 */
@Component
class AddressRules {

	private static final String RULES = "addresses/address-rules.json";

	private static final Set<String> ISO_COUNTRIES = Set.of(Locale.getISOCountries());

	private final Map<String, CountryRule> countries;

	AddressRules() {
		this.countries = load();
	}

	/**
	 * The address as stored: postal code and region upper case with single spaces,
	 * rewritten to the country's format; blank optional lines left out.
	 * @param field the address's JSON path in the request, e.g. {@code shippingAddress}
	 * @throws InvalidRequestException naming the first field that breaks a rule
	 */
	Address checked(Address address, String field) {
		String country = address.country();
		if (!ISO_COUNTRIES.contains(country)) {
			throw new InvalidRequestException(field + ".country",
					country + " is not an ISO 3166-1 alpha-2 country code");
		}
		CountryRule rule = countries.get(country);
		String postalCode = spaced(address.postalCode()).toUpperCase(Locale.ROOT);
		String region = blankToNull(address.region());
		if (rule != null) {
			postalCode = rule.postalCode(postalCode, field);
			region = rule.region(region, field);
		}
		return new Address(address.name().strip(), address.line1().strip(), blankToNull(address.line2()),
				address.city().strip(), region, postalCode, country);
	}

	private static String spaced(String text) {
		return text.strip().replaceAll("\\s+", " ");
	}

	@Nullable
	private static String blankToNull(@Nullable String text) {
		return text == null || text.isBlank() ? null : spaced(text);
	}

	private static Map<String, CountryRule> load() {
		ObjectMapper json = JsonMapper.builder().enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();
		try (InputStream in = new ClassPathResource(RULES).getInputStream()) {
			Map<String, CountryRule> rules = json.readValue(in, RulesFile.class).countries();
			rules.keySet().stream().filter(code -> !ISO_COUNTRIES.contains(code)).findAny().ifPresent(code -> {
				throw new IllegalStateException(RULES + " names " + code + ", which is no ISO 3166-1 country");
			});
			return Map.copyOf(rules);
		}
		catch (IOException e) {
			throw new UncheckedIOException("Cannot read " + RULES, e);
		}
	}

	record RulesFile(String about, Map<String, CountryRule> countries) {
	}

	/**
	 * One country's rules; without {@code regions}, any region (or none) is taken.
	 */
	record CountryRule(Pattern postalCode, @Nullable String format, String example, @Nullable String regionName,
			@Nullable List<String> regions) {

		String postalCode(String code, String field) {
			Matcher matcher = postalCode.matcher(code);
			if (!matcher.matches()) {
				throw new InvalidRequestException(field + ".postalCode",
						code + " is not a postal code of this country, e.g. " + example);
			}
			return format == null ? code : matcher.replaceFirst(format);
		}

		@Nullable
		String region(@Nullable String region, String field) {
			if (regions == null) {
				return region;
			}
			if (region == null) {
				throw new InvalidRequestException(field + ".region",
						"is required: the " + regionName + "'s code, e.g. " + regions.get(0));
			}
			String code = region.toUpperCase(Locale.ROOT);
			if (!regions.contains(code)) {
				throw new InvalidRequestException(field + ".region",
						region + " is not a " + regionName + " of this country, e.g. " + regions.get(0));
			}
			return code;
		}

	}

}
