package io.orderflow.security;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.digest.PasswordManager;
import org.camunda.bpm.engine.impl.persistence.entity.UserEntity;
import org.camunda.bpm.engine.impl.util.EncryptionUtil;
import org.springframework.stereotype.Component;

/**
 * Checks a Camunda user's password as {@code IdentityService.checkPassword} does, with
 * the engine's own hashing, but without its lockout: that counts every wrong password
 * against the account and locks it, so anyone who knows a system account's name could
 * stop it. Nor does a lock set by wrong logins to the webapps or {@code /engine-rest}
 * keep the user out of {@code /api}: anonymous callers can set that lock too. Guessing on
 * {@code /api} is limited per source address instead ({@link FailedAuthentications}).
 */
@Component
class EngineUserPasswords {

	private final IdentityService identity;

	private final ProcessEngine engine;

	EngineUserPasswords(IdentityService identity, ProcessEngine engine) {
		this.identity = identity;
		this.engine = engine;
	}

	boolean matches(String userId, String password) {
		if (userId.isEmpty() || password.isEmpty()) {
			return false;
		}
		User user = identity.createUserQuery().userId(userId).singleResult();
		if (!(user instanceof UserEntity stored) || stored.getPassword() == null) {
			return false;
		}
		PasswordManager passwords = ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration())
			.getPasswordManager();
		return passwords.check(EncryptionUtil.saltPassword(password, stored.getSalt()), stored.getPassword());
	}

}
