package io.orderflow.security;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.EnumSet;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Component;

/**
 * The demo shop's API key, published in the README next to {@code shop/shop}, with the
 * scopes of the {@code order-api} group. Only in the demo profile; outside it,
 * {@link DemoApiKeyRevocation} revokes it should a database carry it over.
 */
@Component
@Profile("demo")
class DemoApiClient implements ApplicationRunner {

	static final ApiKey KEY = new ApiKey("cli_demoshop00000000", "demo-shop-key-published-in-the-readme-00000");

	private final ApiClients clients;

	private final Clock clock;

	DemoApiClient(ApiClients clients, Clock clock) {
		this.clients = clients;
		this.clock = clock;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (clients.find(KEY.clientId()).isPresent()) {
			return;
		}
		try {
			clients.add(new ApiClient(KEY.clientId(), "Demo shop",
					EnumSet.copyOf(EngineUserAuthenticationProvider.ORDER_API_SCOPES), OffsetDateTime.now(clock), null),
					KEY.secretHash());
		}
		catch (DuplicateKeyException anotherInstanceWasFaster) {
			// Seeded already.
		}
	}

}
