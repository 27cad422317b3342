package io.orderflow.security;

import java.util.List;

import io.orderflow.web.PublicEndpoint;
import io.orderflow.workflow.OrderflowGroups;
import org.camunda.bpm.engine.ProcessEngine;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.oauth2.server.resource.web.authentication.BearerTokenAuthenticationFilter;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * Who may call what. {@code /api/**} is for systems, each allowed what its scopes say
 * ({@link ApiScope}): an API key or an OAuth2 access token as {@code Bearer}, or HTTP
 * Basic of a Camunda user (members of {@code order-api}, customer service and
 * administrators; warehouse staff and fraud analysts work in Tasklist, not here); which
 * request needs which scope is {@link ApiScopeRules}. The endpoints that modules declare
 * public ({@link PublicEndpoint}: the signed webhooks, the customer's tracking page)
 * authenticate otherwise. Failed authentications and requests to open endpoints are
 * limited per source address ({@link FailedAuthentications}, {@link TrackingRateLimit}).
 * {@code /engine-rest/**} needs HTTP Basic through Camunda's own filter
 * ({@link EngineRestAuthentication}), so the engine checks the caller's authorizations;
 * the webapps under {@code /camunda/**} keep their own login, lockout and CSRF
 * protection. Actuator's health is public without details; its details and metrics are
 * for administrators. The managers' {@code /dashboard} takes HTTP Basic like
 * {@code /api}.
 */
@Configuration
@EnableConfigurationProperties(SecurityProperties.class)
class SecurityConfiguration {

	/**
	 * Granted by {@link EngineUserAuthenticationProvider} to members of
	 * {@code camunda-admin}.
	 */
	static final String ADMIN_ROLE = "ROLE_ADMIN";

	@Bean
	@Order(1)
	SecurityFilterChain apiSecurity(HttpSecurity http, SecurityProblems problems, FailedAuthentications failures,
			TrackingRateLimit tracking, BearerAuthentication bearer, ObjectProvider<PublicEndpoint> publicEndpoints)
			throws Exception {
		List<PublicEndpoint> endpoints = publicEndpoints.orderedStream().toList();
		return basicAuthenticated(http.securityMatcher("/api/**"), problems, failures)
			.oauth2ResourceServer(resourceServer -> resourceServer.authenticationManagerResolver(request -> bearer)
				.authenticationEntryPoint(problems)
				.accessDeniedHandler(problems))
			.addFilterBefore(RateLimitFilters.tracking(tracking, problems, open(endpoints)),
					BearerTokenAuthenticationFilter.class)
			.authorizeHttpRequests(requests -> {
				permitted(requests, endpoints).requestMatchers("/api/admin/**").hasAuthority(ADMIN_ROLE);
				for (ApiScopeRules.Rule rule : ApiScopeRules.RULES) {
					requests.requestMatchers(rule.matcher()).hasAnyAuthority(rule.authorities());
				}
				requests.anyRequest().hasAuthority(ADMIN_ROLE);
			})
			.build();
	}

	/** The public endpoints first, before any rule could ask them for an account. */
	private static AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry permitted(
			AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry requests,
			List<PublicEndpoint> endpoints) {
		if (endpoints.isEmpty()) {
			return requests;
		}
		return requests
			.requestMatchers(endpoints.stream()
				.map(endpoint -> PathPatternRequestMatcher.withDefaults()
					.matcher(endpoint.method(), endpoint.pattern()))
				.toArray(RequestMatcher[]::new))
			.permitAll();
	}

	private static List<PublicEndpoint> open(List<PublicEndpoint> endpoints) {
		return endpoints.stream().filter(endpoint -> endpoint.access() == PublicEndpoint.Access.OPEN).toList();
	}

	@Bean
	@Order(2)
	SecurityFilterChain actuatorSecurity(HttpSecurity http, SecurityProblems problems, FailedAuthentications failures)
			throws Exception {
		return basicAuthenticated(http.securityMatcher("/actuator/**"), problems, failures)
			.authorizeHttpRequests(requests -> requests.requestMatchers("/actuator/health", "/actuator/health/**")
				.permitAll()
				.anyRequest()
				.hasAuthority(ADMIN_ROLE))
			.build();
	}

	private static HttpSecurity basicAuthenticated(HttpSecurity http, SecurityProblems problems,
			FailedAuthentications failures) throws Exception {
		return http.httpBasic(basic -> basic.authenticationEntryPoint(problems))
			.addFilterBefore(RateLimitFilters.failedAuthentications(failures, problems),
					BearerTokenAuthenticationFilter.class)
			.exceptionHandling(
					exceptions -> exceptions.authenticationEntryPoint(problems).accessDeniedHandler(problems))
			.csrf(csrf -> csrf.disable())
			.sessionManagement(sessions -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS));
	}

	/**
	 * The managers' pages: HTTP Basic of a Camunda user, as on {@code /api}, so a browser
	 * asks for the same login; managers ({@code reports:read}) and administrators only.
	 */
	@Bean
	@Order(3)
	SecurityFilterChain dashboardSecurity(HttpSecurity http, SecurityProblems problems, FailedAuthentications failures)
			throws Exception {
		return basicAuthenticated(http.securityMatcher("/dashboard", "/dashboard/**"), problems, failures)
			.authorizeHttpRequests(
					requests -> requests.anyRequest().hasAnyAuthority(ApiScope.REPORTS_READ.authority(), ADMIN_ROLE))
			.build();
	}

	@Bean
	@Order(4)
	SecurityFilterChain engineAndWebappSecurity(HttpSecurity http, SecurityProblems problems,
			TrackingRateLimit tracking, ObjectProvider<PublicEndpoint> publicEndpoints) throws Exception {
		// Camunda authenticates these itself; Spring Security's CSRF and login would only
		// get in its way. The Admin
		// "initial setup" page could create an administrator on a system without one:
		// never offered.
		// The customer's open pages outside /api (the tracking page) share the tracking
		// API's limit per address.
		List<PublicEndpoint> pages = open(publicEndpoints.orderedStream().toList()).stream()
			.filter(endpoint -> !endpoint.pattern().startsWith("/api/"))
			.toList();
		return http.addFilterBefore(RateLimitFilters.tracking(tracking, problems, pages), AuthorizationFilter.class)
			.authorizeHttpRequests(requests -> requests.requestMatchers("/camunda/api/admin/setup/**")
				.denyAll()
				.anyRequest()
				.permitAll())
			.csrf(csrf -> csrf.disable())
			.headers(headers -> headers.frameOptions(frame -> frame.sameOrigin()))
			.build();
	}

	@Bean
	FilterRegistrationBean<EngineRestAuthentication> engineRestAuthentication(ObjectProvider<ProcessEngine> engine,
			SecurityProperties properties) {
		FilterRegistrationBean<EngineRestAuthentication> registration = new FilterRegistrationBean<>(
				new EngineRestAuthentication(engine::getObject, properties.basicCacheTtl()));
		registration.setName("engine-rest-authentication");
		registration.addUrlPatterns("/engine-rest/*");
		return registration;
	}

}
