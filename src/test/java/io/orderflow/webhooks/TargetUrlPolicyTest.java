package io.orderflow.webhooks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;

import io.orderflow.web.InvalidRequestException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Outside the demo profile and tests, a webhook can reach only public https hosts: no
 * plain http, and nothing that resolves to loopback, private, link-local (cloud
 * metadata), multicast or wildcard addresses.
 */
class TargetUrlPolicyTest {

	final TargetUrlPolicy production = new TargetUrlPolicy(new WebhookProperties(false, false, Duration.ofSeconds(30),
			Duration.ofHours(1), Duration.ofDays(1), Duration.ofSeconds(5), Duration.ofSeconds(10), 4));

	@ParameterizedTest
	@ValueSource(strings = { "https://127.0.0.1/hooks", "https://localhost:8080/hooks", "https://10.1.2.3/hooks",
			"https://172.16.0.1/hooks", "https://192.168.1.10/hooks", "https://169.254.169.254/latest/meta-data",
			"https://[::1]/hooks", "https://[fd00::1]/hooks", "https://0.0.0.0/hooks", "https://100.64.0.1/hooks",
			"https://224.0.0.1/hooks" })
	void internalTargetsAreRefused(String url) {
		assertThatThrownBy(() -> production.check(url)).isInstanceOf(InvalidRequestException.class)
			.hasMessageContaining("internal address")
			.extracting(ex -> ((InvalidRequestException) ex).field())
			.isEqualTo("targetUrl");
	}

	@ParameterizedTest
	@ValueSource(strings = { "http://93.184.216.34/hooks", "ftp://93.184.216.34/hooks", "file:///etc/passwd",
			"javascript:alert(1)", "https://user:pw@93.184.216.34/hooks", "not a url" })
	void anythingButAPlainHttpsUrlIsRefused(String url) {
		assertThatThrownBy(() -> production.check(url)).isInstanceOf(InvalidRequestException.class);
	}

	@ParameterizedTest
	@ValueSource(strings = { "https://93.184.216.34/hooks", "https://[2606:2800:220:1:248:1893:25c8:1946]/hooks" })
	void publicHttpsTargetsAreAccepted(String url) {
		assertThat(production.check(url)).hasToString(url);
	}

}
