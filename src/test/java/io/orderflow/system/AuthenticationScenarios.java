package io.orderflow.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import io.orderflow.HttpScenarios;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * Who gets in at all: neither anonymous callers nor wrong passwords reach /api or
 * /engine-rest, and Camunda's setup page never creates an administrator.
 */
abstract class AuthenticationScenarios extends HttpScenarios {

	@Autowired
	IdentityService identity;

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
