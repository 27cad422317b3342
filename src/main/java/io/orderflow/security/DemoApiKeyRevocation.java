package io.orderflow.security;

import java.time.Clock;
import java.time.OffsetDateTime;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * Outside the demo profile the published demo key must not work, even in a database that
 * once ran the demo: it is revoked on start.
 */
@Component
@Profile("!demo")
class DemoApiKeyRevocation implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(DemoApiKeyRevocation.class);

	private final ApiClients clients;

	private final Clock clock;

	DemoApiKeyRevocation(ApiClients clients, Clock clock) {
		this.clients = clients;
		this.clock = clock;
	}

	@Override
	public void run(ApplicationArguments args) {
		boolean live = clients.find(DemoApiClient.KEY.clientId()).filter(client -> !client.revoked()).isPresent();
		if (live) {
			clients.revoke(DemoApiClient.KEY.clientId(), OffsetDateTime.now(clock));
			log.warn("Revoked the demo API key {}: it is published and must not work outside the demo profile",
					DemoApiClient.KEY.clientId());
		}
	}

}
