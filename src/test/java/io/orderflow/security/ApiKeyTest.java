package io.orderflow.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;

import org.junit.jupiter.api.Test;

class ApiKeyTest {

	@Test
	void aGeneratedKeyReadsBackAsItselfAndMatchesOnlyItsOwnHash() {
		ApiKey key = ApiKey.generate();

		assertThat(key.value()).matches("ofk_cli_[0-9a-f]{16}_[A-Za-z0-9_-]{43}");
		assertThat(ApiKey.parse(key.value())).contains(key);
		assertThat(key.secretHash()).hasSize(64).isEqualTo(ApiKey.hash(key.secret())).doesNotContain(key.secret());
		assertThat(key.matches(key.secretHash())).isTrue();
		assertThat(ApiKey.generate().matches(key.secretHash())).isFalse();
	}

	@Test
	void theHashIsSha256OfTheSecret() {
		assertThat(ApiKey.hash("abc")).isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
	}

	@Test
	void keysAreNotRepeated() {
		Set<String> keys = new HashSet<>();
		for (int i = 0; i < 1000; i++) {
			keys.add(ApiKey.generate().value());
		}
		assertThat(keys).hasSize(1000);
	}

	@Test
	void whatIsNotAKeyIsNotParsed() {
		String secret = "A".repeat(43);
		assertThat(ApiKey.parse("ofk_cli_0123456789abcdef_" + secret)).isPresent();
		assertThat(ApiKey.parse("ofk_cli_0123456789abcdef_" + secret.substring(1))).isEmpty();
		assertThat(ApiKey.parse("ofk_cli_0123456789abcdef_" + secret + "A")).isEmpty();
		assertThat(ApiKey.parse("ofk_cli_0123456789ABCDEF_" + secret)).isEmpty();
		assertThat(ApiKey.parse("xyz_cli_0123456789abcdef_" + secret)).isEmpty();
		assertThat(ApiKey.parse("ofk_cli_0123456789abcdef_" + secret.substring(1) + "=")).isEmpty();
		assertThat(ApiKey.parse(null)).isEmpty();
	}

	@Test
	void theSecretNeverShowsInText() {
		ApiKey key = ApiKey.generate();
		assertThat(key.toString()).doesNotContain(key.secret()).contains(key.clientId());
	}

	@Test
	void theDemoKeyHasTheFormatOfAKey() {
		assertThat(ApiKey.parse(DemoApiClient.KEY.value())).contains(DemoApiClient.KEY);
	}

}
