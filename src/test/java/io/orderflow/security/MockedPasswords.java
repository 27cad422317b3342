package io.orderflow.security;

import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.when;

import org.springframework.context.ApplicationContext;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

/**
 * For a slice test outside this package that makes the Camunda users' password check pass
 * or fail: the test class implements this and gets a fresh mock of it in place of
 * {@link ApiSlice}'s, stubbed through these methods.
 */
@MockitoBean(types = EngineUserPasswords.class)
public interface MockedPasswords {

	static void accept(ApplicationContext context, String user, String password) {
		when(context.getBean(EngineUserPasswords.class).matches(user, password)).thenReturn(true);
	}

	static void failWith(ApplicationContext context, RuntimeException failure) {
		when(context.getBean(EngineUserPasswords.class).matches(anyString(), anyString())).thenThrow(failure);
	}

}
