package io.orderflow.security;

import java.util.List;

import io.orderflow.infrastructure.StartupLock;
import io.orderflow.workflow.OrderflowGroups;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Demo staff, one per group, and the demo shop's system account {@code shop}, each with
 * the password equal to the user name. The administrator {@code demo} comes from
 * {@code camunda.bpm.admin-user} and joins every group here. Never active outside the
 * demo profile.
 */
@Component
@Profile("demo")
@Order(2)
class DemoUsers implements ApplicationRunner {

	record DemoUser(String id, String firstName, String lastName, String group) {
	}

	static final List<DemoUser> USERS = List.of(new DemoUser("wendy", "Wendy", "Warehouse", OrderflowGroups.WAREHOUSE),
			new DemoUser("frank", "Frank", "Fraud", OrderflowGroups.FRAUD_ANALYSTS),
			new DemoUser("carla", "Carla", "Care", OrderflowGroups.CUSTOMER_SERVICE),
			new DemoUser("shop", "Demo", "Shop", OrderflowGroups.ORDER_API),
			new DemoUser("maria", "Maria", "Manager", OrderflowGroups.MANAGERS));

	static final String ADMIN = "demo";

	private final IdentityService identity;

	private final StartupLock startupLock;

	DemoUsers(IdentityService identity, StartupLock startupLock) {
		this.identity = identity;
		this.startupLock = startupLock;
	}

	@Override
	public void run(ApplicationArguments args) {
		startupLock.exclusively(this::ensureUsers);
	}

	private void ensureUsers() {
		for (DemoUser demo : USERS) {
			if (identity.createUserQuery().userId(demo.id()).count() == 0) {
				User user = identity.newUser(demo.id());
				user.setFirstName(demo.firstName());
				user.setLastName(demo.lastName());
				user.setEmail(demo.id() + "@orderflow.example");
				user.setPassword(demo.id());
				identity.saveUser(user);
			}
			join(demo.id(), demo.group());
		}
		StaffAccess.GROUPS.keySet().forEach(group -> join(ADMIN, group));
	}

	private void join(String user, String group) {
		if (identity.createUserQuery().userId(user).memberOfGroup(group).count() == 0) {
			identity.createMembership(user, group);
		}
	}

}
