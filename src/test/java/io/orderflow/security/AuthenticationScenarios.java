package io.orderflow.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.UUID;

import io.orderflow.HttpScenarios;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.persistence.entity.UserEntity;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.TestPropertySource;

/**
 * Who gets in at all: neither anonymous callers nor wrong passwords reach /api or
 * /engine-rest, and Camunda's setup page never creates an administrator. Guessing on /api
 * is limited per source address and per account name, never locks the account it guesses
 * at, and never refuses valid credentials for a stranger's failures. Attackers call from
 * other loopback addresses ({@link FromAddress}), one of their own per test, as every
 * other test calls from 127.0.0.1.
 * <p>
 * The buckets refill gradually over their period; here the period is an hour, so the
 * answer past the limit is a 429 however slowly a loaded machine answers (over a minute,
 * a token refilled while the test counted and the 429 came a request or two late).
 */
@TestPropertySource(properties = { "orderflow.security.rate-limits.failed-authentications.period=PT1H",
		"orderflow.security.rate-limits.tracking.period=PT1H" })
abstract class AuthenticationScenarios extends HttpScenarios {

	static final String DEMO_KEY = "Bearer " + DemoApiClient.KEY.value();

	@Autowired
	IdentityService identity;

	@LocalServerPort
	int port;

	@Value("${orderflow.security.rate-limits.failed-authentications.limit}")
	int failureLimit;

	@Value("${orderflow.security.rate-limits.tracking.limit}")
	int trackingLimit;

	@Value("${orderflow.security.basic-cache-ttl}")
	Duration cacheTtl;

	@Test
	void aHundredWrongPasswordsFromOneAddressChangeNothingForTheRealClient() {
		FromAddress attacker = new FromAddress("127.0.0.2", port);
		assertThat(api.as("shop").rest().getForEntity("/api/products", String.class).getStatusCode())
			.as("the real client at work before the guessing starts")
			.isEqualTo(HttpStatus.OK);
		for (int attempt = 1; attempt <= 100; attempt++) {
			FromAddress.Answer answer = attacker.get("/api/products", basic("shop", "guess" + attempt));
			assertThat(answer.status()).as("attempt %d", attempt).isEqualTo(attempt <= failureLimit ? 401 : 429);
			assertThat(answer.header("Content-Type")).startsWith("application/problem+json");
		}
		FromAddress.Answer refused = attacker.get("/api/products", basic("shop", "shop"));
		assertThat(refused.status()).as("credentials from a blocked address are not even checked").isEqualTo(429);
		assertThat(Long.parseLong(refused.header("Retry-After"))).isPositive();

		assertThat(api.as("shop").rest().getForEntity("/api/products", String.class).getStatusCode())
			.isEqualTo(HttpStatus.OK);
		UserEntity shop = (UserEntity) identity.createUserQuery().userId("shop").singleResult();
		assertThat(shop.getAttempts()).as("failed attempts counted on the account").isZero();
		assertThat(shop.getLockExpirationTime()).isNull();
		assertThat(api.as("shop").rest().getForEntity("/engine-rest/task", String.class).getStatusCode())
			.as("Camunda's own login still takes shop's password")
			.isEqualTo(HttpStatus.OK);
	}

	@Test
	void aHundredWrongKeysFromOneAddressChangeNothingForTheRealClient() {
		FromAddress attacker = new FromAddress("127.0.0.3", port);
		assertThat(new FromAddress("127.0.0.13", port).get("/api/products", DEMO_KEY).status())
			.as("the real client at work before the guessing starts")
			.isEqualTo(200);
		String secret = DemoApiClient.KEY.secret();
		for (int attempt = 1; attempt <= 100; attempt++) {
			String guess = "Bearer "
					+ new ApiKey(DemoApiClient.KEY.clientId(), String.format("%03d", attempt) + secret.substring(3))
						.value();
			assertThat(attacker.get("/api/products", guess).status()).as("attempt %d", attempt)
				.isEqualTo(attempt <= failureLimit ? 401 : 429);
		}
		assertThat(attacker.get("/api/products", DEMO_KEY).status())
			.as("the real key is served, wherever it comes from: no guess ever finds it")
			.isEqualTo(200);

		HttpHeaders headers = new HttpHeaders();
		headers.set(HttpHeaders.AUTHORIZATION, DEMO_KEY);
		assertThat(api.anonymous()
			.exchange("/api/products", HttpMethod.GET, new HttpEntity<>(headers), String.class)
			.getStatusCode()).isEqualTo(HttpStatus.OK);
	}

	/**
	 * Behind one proxy or NAT: a stranger guessing passwords there costs the client with
	 * a valid API key at the same address nothing, whether it called before or only
	 * starts now.
	 */
	@Test
	void aStrangersWrongPasswordsNeverRefuseAValidApiKeyFromTheSameAddress() {
		FromAddress sharedAddress = new FromAddress("127.0.0.5", port);
		String target = "target" + UUID.randomUUID().toString().substring(0, 8);
		for (int attempt = 1; attempt <= 3 * failureLimit; attempt++) {
			assertThat(sharedAddress.get("/api/products", basic(target, "guess" + attempt)).status())
				.as("guess %d", attempt)
				.isIn(401, 429);
			assertThat(sharedAddress.get("/api/products", DEMO_KEY).status()).as("the client after guess %d", attempt)
				.isEqualTo(200);
		}
		assertThat(sharedAddress.get("/api/products", basic(target, "guess")).status())
			.as("the guesser is still refused")
			.isEqualTo(429);
	}

	/**
	 * A system with its own account that worked from the shared address before keeps
	 * working there while a stranger guesses another account's password.
	 */
	@Test
	void aStrangersWrongPasswordsDoNotRefuseAKnownUserOfAnotherAccountAtTheSameAddress() {
		FromAddress sharedAddress = new FromAddress("127.0.0.6", port);
		String system = "system" + UUID.randomUUID().toString().substring(0, 8);
		User user = identity.newUser(system);
		user.setPassword(system);
		identity.saveUser(user);
		identity.createMembership(system, "order-api");
		try {
			assertThat(sharedAddress.get("/api/products", basic(system, system)).status()).isEqualTo(200);
			String target = "target" + UUID.randomUUID().toString().substring(0, 8);
			for (int attempt = 1; attempt <= 2 * failureLimit; attempt++) {
				sharedAddress.get("/api/products", basic(target, "guess" + attempt));
			}
			assertThat(sharedAddress.get("/api/products", basic(target, "guess")).status()).isEqualTo(429);

			assertThat(sharedAddress.get("/api/products", basic(system, system)).status()).isEqualTo(200);
		}
		finally {
			identity.deleteUser(system);
		}
	}

	/**
	 * Guessing one account's password from many addresses, each under its own limit, is
	 * limited per account name: past it, guesses for that account are refused unchecked
	 * from any new address too.
	 */
	@Test
	void guessesAtOneAccountFromManyAddressesAreLimitedPerAccount() {
		String system = "system" + UUID.randomUUID().toString().substring(0, 8);
		int addresses = failureLimit;
		int perAddress = Math.max(1, failureLimit / 2);
		for (int address = 0; address < addresses; address++) {
			FromAddress attacker = new FromAddress("127.0.1." + (10 + address), port);
			for (int attempt = 0; attempt < perAddress; attempt++) {
				attacker.get("/api/products", basic(system, "guess" + address + "-" + attempt));
			}
		}

		FromAddress.Answer fresh = new FromAddress("127.0.1.200", port).get("/api/products",
				basic(system, "another-guess"));
		assertThat(fresh.status()).as("a new address guessing at the same account").isEqualTo(429);
		assertThat(Long.parseLong(fresh.header("Retry-After"))).isPositive();
	}

	/**
	 * Anyone can lock an account through the webapps' login or /engine-rest by guessing
	 * its password; that lock stays there and does not reach /api.
	 */
	@Test
	void aLockSetThroughCamundasLoginDoesNotStopASystemOnTheApi() {
		String system = "system" + UUID.randomUUID().toString().substring(0, 8);
		User user = identity.newUser(system);
		user.setPassword(system);
		identity.saveUser(user);
		identity.createMembership(system, "order-api");
		try {
			assertThat(identity.checkPassword(system, "wrong")).isFalse();
			UserEntity locked = (UserEntity) identity.createUserQuery().userId(system).singleResult();
			assertThat(locked.getAttempts()).isEqualTo(1);

			assertThat(api.anonymous()
				.withBasicAuth(system, system)
				.getForEntity("/api/products", String.class)
				.getStatusCode()).isEqualTo(HttpStatus.OK);
		}
		finally {
			identity.deleteUser(system);
		}
	}

	@Test
	void theTrackingPageIsLimitedPerAddress() {
		FromAddress customer = new FromAddress("127.0.0.4", port);
		for (int request = 1; request <= trackingLimit; request++) {
			assertThat(customer.get("/api/tracking/OF-999999?email=ada@example.com", null).status())
				.as("request %d", request)
				.isEqualTo(404);
		}
		FromAddress.Answer limited = customer.get("/api/tracking/OF-999999?email=ada@example.com", null);
		assertThat(limited.status()).isEqualTo(429);
		assertThat(limited.header("Content-Type")).startsWith("application/problem+json");
		assertThat(Long.parseLong(limited.header("Retry-After"))).isPositive();

		assertThat(api.track("OF-999999", "ada@example.com").getStatusCode()).as("another address")
			.isEqualTo(HttpStatus.NOT_FOUND);
	}

	static String basic(String user, String password) {
		return "Basic " + HttpHeaders.encodeBasicAuth(user, password, StandardCharsets.UTF_8);
	}

	/**
	 * Wrong passwords are tried for a fraud analyst of this test's own: Camunda delays
	 * further logins of a user after a failed one, which would hold up any other test
	 * logging in as that user.
	 */
	@Test
	void apiAndEngineRestRefuseAnonymousAndWrongPasswords() {
		String analyst = "analyst" + UUID.randomUUID().toString().substring(0, 8);
		User user = identity.newUser(analyst);
		user.setPassword(analyst);
		identity.saveUser(user);
		identity.createMembership(analyst, "fraud-analysts");
		try {
			assertThat(api.anonymous().getForEntity("/api/orders", String.class).getStatusCode())
				.isEqualTo(HttpStatus.UNAUTHORIZED);
			assertThat(api.anonymous()
				.withBasicAuth(analyst, "wrong")
				.getForEntity("/api/products", String.class)
				.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
			assertThat(api.anonymous().getForEntity("/engine-rest/task", String.class).getStatusCode())
				.isEqualTo(HttpStatus.UNAUTHORIZED);
			assertThat(api.anonymous()
				.withBasicAuth(analyst, "wrong")
				.getForEntity("/engine-rest/task", String.class)
				.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);

			assertThat(api.as("wendy").rest().getForEntity("/engine-rest/task", String.class).getStatusCode())
				.isEqualTo(HttpStatus.OK);
			assertThat(api.as("shop").rest().getForEntity("/api/products", String.class).getStatusCode())
				.isEqualTo(HttpStatus.OK);
		}
		finally {
			identity.deleteUser(analyst);
		}
	}

	/**
	 * Verified logins and keys are remembered for {@code basic-cache-ttl} (1 s in the
	 * tests), on each node: after that a changed password and a key revoked on another
	 * node (here: in the database) are refused everywhere, and the new password works.
	 */
	@Test
	void aChangedPasswordAndAKeyRevokedElsewhereCountAfterTheCacheTtl() throws Exception {
		String system = "system" + UUID.randomUUID().toString().substring(0, 8);
		User user = identity.newUser(system);
		user.setPassword("first-" + system);
		identity.saveUser(user);
		identity.createMembership(system, "order-api");
		ApiKeyClient key = ApiKeyClient.created(api.as("demo"), "Cached " + system, "orders:read");
		try {
			assertThat(basic(system, "first-" + system, "/api/products")).isEqualTo(HttpStatus.OK);
			assertThat(basic(system, "first-" + system, "/engine-rest/task")).isEqualTo(HttpStatus.OK);
			assertThat(key.get("/api/products").getStatusCode()).isEqualTo(HttpStatus.OK);

			User stored = identity.createUserQuery().userId(system).singleResult();
			stored.setPassword("second-" + system);
			identity.saveUser(stored);
			jdbc.sql("update api_client set revoked_at = current_timestamp where name = ?")
				.param("Cached " + system)
				.update();
			Thread.sleep(cacheTtl.toMillis() + 500);

			// The new password first: after a wrong one Camunda delays the next login.
			assertThat(basic(system, "second-" + system, "/engine-rest/task")).isEqualTo(HttpStatus.OK);
			assertThat(basic(system, "second-" + system, "/api/products")).isEqualTo(HttpStatus.OK);
			assertThat(basic(system, "first-" + system, "/api/products")).isEqualTo(HttpStatus.UNAUTHORIZED);
			assertThat(basic(system, "first-" + system, "/engine-rest/task")).isEqualTo(HttpStatus.UNAUTHORIZED);
			assertThat(key.get("/api/products").getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
		}
		finally {
			identity.deleteUser(system);
		}
	}

	private HttpStatusCode basic(String user, String password, String path) {
		return api.anonymous().withBasicAuth(user, password).getForEntity(path, String.class).getStatusCode();
	}

	/**
	 * Camunda offers its setup page while no administrator exists; Orderflow never does.
	 */
	@Test
	void adminInitialSetupCannotCreateAnAdministratorEvenWhenThereIsNone() {
		HttpHeaders headers = new HttpHeaders();
		headers.setContentType(MediaType.APPLICATION_JSON);
		String user = "{\"profile\":{\"id\":\"mallory\",\"firstName\":\"M\",\"lastName\":\"M\",\"email\":\"m@x.io\"},"
				+ "\"credentials\":{\"password\":\"mallory\"}}";
		// Pass Camunda's own CSRF check like a browser would, so only Orderflow's rule
		// stands in the way.
		ResponseEntity<String> page = api.anonymous().getForEntity("/camunda/app/admin/default/", String.class);
		headers.set("X-XSRF-TOKEN", page.getHeaders().getFirst("X-XSRF-TOKEN"));
		page.getHeaders()
			.getOrEmpty(HttpHeaders.SET_COOKIE)
			.forEach(cookie -> headers.add(HttpHeaders.COOKIE, cookie.split(";")[0]));
		identity.deleteMembership("demo", "camunda-admin");
		try {
			ResponseEntity<String> response = api.anonymous()
				.exchange("/camunda/api/admin/setup/default/user/create", HttpMethod.POST,
						new HttpEntity<>(user, headers), String.class);

			assertThat(response.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
			assertThat(identity.createUserQuery().userId("mallory").count()).isZero();
		}
		finally {
			identity.createMembership("demo", "camunda-admin");
		}
	}

}
