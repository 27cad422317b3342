package io.orderflow.web;

import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.DefaultParameterNameDiscoverer;
import org.springframework.core.MethodParameter;
import org.springframework.util.StringUtils;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Query parameters the API accepts: only those the endpoint declares. A misspelt filter
 * ({@code ?emial=}) must not be silently dropped and answer every order, so an unknown
 * parameter on {@code GET /api/**} is a 400 naming it, before the controller runs. The
 * declared names are read from the handler's {@code @RequestParam}s; an endpoint that
 * takes a map of parameters accepts any.
 */
@Configuration(proxyBeanMethods = false)
class StrictQueryParameters implements WebMvcConfigurer {

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		registry.addInterceptor(new UnknownParameterRefusal()).addPathPatterns("/api/**");
	}

	static class UnknownParameterRefusal implements HandlerInterceptor {

		private final Map<HandlerMethod, Optional<Set<String>>> declared = new ConcurrentHashMap<>();

		@Override
		public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
			if (!"GET".equals(request.getMethod()) || !(handler instanceof HandlerMethod method)) {
				return true;
			}
			Optional<Set<String>> declaredNames = declared.computeIfAbsent(method,
					UnknownParameterRefusal::declaredNames);
			if (declaredNames.isEmpty()) {
				return true;
			}
			Set<String> known = declaredNames.get();
			for (String name : request.getParameterMap().keySet()) {
				if (!known.contains(name)) {
					throw new InvalidRequestException(name, "is not a known query parameter; known are "
							+ (known.isEmpty() ? "none" : known.stream().sorted().toList()));
				}
			}
			return true;
		}

		/** The parameter names the method declares; empty when it takes any. */
		private static Optional<Set<String>> declaredNames(HandlerMethod method) {
			Set<String> names = new HashSet<>();
			for (MethodParameter parameter : method.getMethodParameters()) {
				RequestParam param = parameter.getParameterAnnotation(RequestParam.class);
				if (param == null) {
					continue;
				}
				String name = StringUtils.hasText(param.name()) ? param.name() : param.value();
				if (Map.class.isAssignableFrom(parameter.getParameterType()) && !StringUtils.hasText(name)) {
					return Optional.empty();
				}
				parameter.initParameterNameDiscovery(new DefaultParameterNameDiscoverer());
				names.add(StringUtils.hasText(name) ? name : parameter.getParameterName());
			}
			return Optional.of(names);
		}

	}

}
