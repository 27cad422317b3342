package io.orderflow.system;

import io.orderflow.workflow.OrderflowGroups;
import org.camunda.bpm.engine.rest.security.auth.ProcessEngineAuthenticationFilter;
import org.camunda.bpm.engine.rest.security.auth.impl.HttpBasicAuthenticationProvider;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;

/**
 * Who may call what. {@code /api/**} is for systems of the {@code order-api} group and
 * administrators, with HTTP Basic (the signed webhooks and the customer's tracking page
 * aside; those authenticate otherwise). Staff work in Tasklist, not here.
 * {@code /engine-rest/**} needs HTTP Basic through Camunda's own filter, so the engine
 * checks the caller's authorizations; the webapps under {@code /camunda/**} keep their
 * own login and CSRF protection. Actuator's health is public without details; its details
 * and metrics are for administrators.
 */
@Configuration
class SecurityConfiguration {

	static final String[] WEBHOOKS = { "/api/carrier-events", "/api/payment-events" };

	static final String TRACKING = "/api/tracking/**";

	/**
	 * Granted by {@link EngineUserAuthenticationProvider} to members of
	 * {@code camunda-admin}.
	 */
	static final String ADMIN_ROLE = "ROLE_ADMIN";

	@Bean
	@Order(1)
	SecurityFilterChain apiSecurity(HttpSecurity http, SecurityProblems problems) throws Exception {
		return basicAuthenticated(http.securityMatcher("/api/**"), problems)
			.authorizeHttpRequests(requests -> requests.requestMatchers(HttpMethod.POST, WEBHOOKS)
				.permitAll()
				.requestMatchers(HttpMethod.GET, TRACKING)
				.permitAll()
				.requestMatchers("/api/webhook-subscriptions", "/api/webhook-subscriptions/**")
				.hasAuthority(ADMIN_ROLE)
				.anyRequest()
				.hasAnyAuthority(EngineUserAuthenticationProvider.authority(OrderflowGroups.ORDER_API), ADMIN_ROLE))
			.build();
	}

	@Bean
	@Order(2)
	SecurityFilterChain actuatorSecurity(HttpSecurity http, SecurityProblems problems) throws Exception {
		return basicAuthenticated(http.securityMatcher("/actuator/**"), problems)
			.authorizeHttpRequests(requests -> requests.requestMatchers("/actuator/health", "/actuator/health/**")
				.permitAll()
				.anyRequest()
				.hasAuthority(ADMIN_ROLE))
			.build();
	}

	private static HttpSecurity basicAuthenticated(HttpSecurity http, SecurityProblems problems) throws Exception {
		return http.httpBasic(basic -> basic.authenticationEntryPoint(problems))
			.exceptionHandling(
					exceptions -> exceptions.authenticationEntryPoint(problems).accessDeniedHandler(problems))
			.csrf(csrf -> csrf.disable())
			.sessionManagement(sessions -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS));
	}

	@Bean
	@Order(3)
	SecurityFilterChain engineAndWebappSecurity(HttpSecurity http) throws Exception {
		// Camunda authenticates these itself; Spring Security's CSRF and login would only
		// get in its way. The Admin
		// "initial setup" page could create an administrator on a system without one:
		// never offered.
		return http.authorizeHttpRequests(
				requests -> requests.requestMatchers("/camunda/api/admin/setup/**").denyAll().anyRequest().permitAll())
			.csrf(csrf -> csrf.disable())
			.headers(headers -> headers.frameOptions(frame -> frame.sameOrigin()))
			.build();
	}

	@Bean
	FilterRegistrationBean<ProcessEngineAuthenticationFilter> engineRestAuthentication() {
		FilterRegistrationBean<ProcessEngineAuthenticationFilter> registration = new FilterRegistrationBean<>(
				new ProcessEngineAuthenticationFilter());
		registration.setName("engine-rest-authentication");
		registration.addUrlPatterns("/engine-rest/*");
		registration.addInitParameter(ProcessEngineAuthenticationFilter.AUTHENTICATION_PROVIDER_PARAM,
				HttpBasicAuthenticationProvider.class.getName());
		return registration;
	}

}
