package io.orderflow.security;

import static java.util.stream.Collectors.joining;

import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The open tasks of which a candidate, owner or assignee lacks a grant the engine gives
 * them on a task today. Hand-written SQL over the engine's tables: the engine has no
 * query for an authorization that is missing, and asking it task by task would cost a
 * start several queries per open task. One query answers with nothing when nothing is
 * missing; the unique indexes of ACT_RU_AUTHORIZATION (type, user or group, resource type
 * and id) serve every lookup in it.
 */
@Repository
class MissingTaskGrants {

	/**
	 * The permissions each principal of a task must hold, by resource (the task, its
	 * history).
	 */
	record Expected(Map<Resource, Integer> candidate, Map<Resource, Integer> assignee) {
	}

	private final JdbcClient jdbc;

	MissingTaskGrants(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Up to {@code limit} ids of such tasks that sort after {@code after}, in order.
	 * Tasks of CMMN cases are left out: the engine grants nothing on them.
	 */
	List<String> after(String after, int limit, Expected expected) {
		String lacking = """
				select t.ID_ from ACT_RU_TASK t
				where t.ID_ > :after and t.CASE_EXECUTION_ID_ is null
				  and ((t.ASSIGNEE_ is not null and (%s))
				    or (t.OWNER_ is not null and (%s))
				    or exists (select 1 from ACT_RU_IDENTITYLINK l where l.TASK_ID_ = t.ID_
				               and ((l.GROUP_ID_ is not null and (%s)) or (l.USER_ID_ is not null and (%s)))))
				order by t.ID_
				limit :limit
				""".formatted(lacks("USER_ID_", "t.ASSIGNEE_", expected.assignee()),
				lacks("USER_ID_", "t.OWNER_", expected.candidate()),
				lacks("GROUP_ID_", "l.GROUP_ID_", expected.candidate()),
				lacks("USER_ID_", "l.USER_ID_", expected.candidate()));
		return jdbc.sql(lacking).param("after", after).param("limit", limit).query(String.class).list();
	}

	/** True in SQL when the principal lacks one of the grants on task {@code t}. */
	private static String lacks(String principalColumn, String principal, Map<Resource, Integer> grants) {
		return grants.entrySet()
			.stream()
			.map(grant -> historyStillThere(grant.getKey()) + """
					not exists (select 1 from ACT_RU_AUTHORIZATION a where a.TYPE_ = %d and a.%s = %s \
					and a.RESOURCE_TYPE_ = %d and a.RESOURCE_ID_ = t.ID_%s)""".formatted(Authorization.AUTH_TYPE_GRANT,
					principalColumn, principal, grant.getKey().resourceType(), holdsAll(grant.getValue())))
			.collect(joining(" or "));
	}

	/**
	 * A grant on a task's history is expected only while that history exists: with the
	 * removal-time strategy "start", history cleanup removes the history of a task still
	 * open once its instance's time to live has passed, and the grant with it. Granting
	 * it again would grant on nothing, on every start, until the next cleanup took it
	 * again.
	 */
	private static String historyStillThere(Resource resource) {
		return resource.resourceType() == Resources.HISTORIC_TASK.resourceType()
				? "exists (select 1 from ACT_HI_TASKINST h where h.ID_ = t.ID_) and " : "";
	}

	/**
	 * One condition per permission bit, because H2 and PostgreSQL share no bitwise
	 * operator; the values are the engine's constants, never input.
	 */
	private static String holdsAll(int permissions) {
		StringBuilder conditions = new StringBuilder();
		for (int rest = permissions; rest != 0; rest &= rest - 1) {
			conditions.append(" and mod(a.PERMS_ / ").append(Integer.lowestOneBit(rest)).append(", 2) = 1");
		}
		return conditions.toString();
	}

}
