package io.orderflow.order;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;

import org.junit.jupiter.api.Test;

class PublicLinksTest {

	private static final Instant MADE = Instant.parse("2026-12-01T10:00:00Z");

	private static final PublicLinkProperties SETTINGS = new PublicLinkProperties("s1gn-1ng-k3y-for-tests",
			Duration.ofDays(90), Map.of("DHL", "https://carrier.example/track?id={trackingNumber}"));

	@Test
	void aLinkOpensItsOrderOnTheConfiguredHostUntilItExpires() {
		String link = links("https://orders.example.com/", MADE).trackingPage("OF-100001");

		assertThat(link).startsWith("https://orders.example.com/orders/OF-100001?t=");
		String token = token(link);
		assertThat(links(MADE.plus(Duration.ofDays(89))).check("OF-100001", token)).isEqualTo(LinkCheck.VALID);
		assertThat(links(MADE.plus(Duration.ofDays(90))).check("OF-100001", token)).isEqualTo(LinkCheck.EXPIRED);
	}

	@Test
	void aTamperedOrBorrowedTokenOpensNothing() {
		String token = token(links(MADE).trackingPage("OF-100001"));
		String expiry = token.substring(0, token.indexOf('.'));
		String signature = token.substring(token.indexOf('.') + 1);

		assertThat(links(MADE).check("OF-100002", token)).as("another order").isEqualTo(LinkCheck.INVALID);
		assertThat(links(MADE).check("OF-100001", (Long.parseLong(expiry) + 86_400) + "." + signature))
			.as("a later expiry")
			.isEqualTo(LinkCheck.INVALID);
		assertThat(links(MADE).check("OF-100001",
				expiry + "." + signature.replace(signature.charAt(0), signature.charAt(0) == 'A' ? 'B' : 'A')))
			.as("a changed signature")
			.isEqualTo(LinkCheck.INVALID);
		assertThat(links(MADE).check("OF-100001", null)).isEqualTo(LinkCheck.INVALID);
		assertThat(links(MADE).check("OF-100001", "garbage")).isEqualTo(LinkCheck.INVALID);
		assertThat(links(MADE).check("OF-100001", "x." + signature)).isEqualTo(LinkCheck.INVALID);
		PublicLinks otherKey = new PublicLinks(new PublicSite("https://orders.example.com"),
				new PublicLinkProperties("another-key", Duration.ofDays(90), Map.of()), clock(MADE));
		assertThat(otherKey.check("OF-100001", token)).as("signed with another key").isEqualTo(LinkCheck.INVALID);
	}

	@Test
	void theCarriersOwnTrackingPageIsFilledInForACarrierThatHasOne() {
		assertThat(links(MADE).carrierTracking("dhl", "00340 434/1"))
			.contains("https://carrier.example/track?id=00340%20434%2F1");
		assertThat(links(MADE).carrierTracking("UPS", "1Z999")).isEmpty();
	}

	@Test
	void aPublicBaseUrlThatIsNoAbsoluteHttpUrlIsRefusedAtStart() {
		assertThatThrownBy(() -> links("orders.example.com", MADE)).isInstanceOf(IllegalStateException.class)
			.hasMessageContaining("orderflow.public-base-url");
		assertThatThrownBy(() -> links("ftp://orders.example.com", MADE)).isInstanceOf(IllegalStateException.class);
	}

	private static PublicLinks links(Instant now) {
		return links("https://orders.example.com", now);
	}

	private static PublicLinks links(String base, Instant now) {
		return new PublicLinks(new PublicSite(base), SETTINGS, clock(now));
	}

	private static Clock clock(Instant now) {
		return Clock.fixed(now, ZoneOffset.UTC);
	}

	private static String token(String link) {
		String query = URI.create(link).getQuery();
		assertThat(query).startsWith("t=");
		return query.substring(2);
	}

}
