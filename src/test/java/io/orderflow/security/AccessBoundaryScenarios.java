package io.orderflow.security;

import static io.orderflow.NewOrder.line;
import static io.orderflow.OrderflowApi.json;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectOutputStream;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import com.fasterxml.jackson.databind.JsonNode;
import io.orderflow.HttpScenarios;
import io.orderflow.NewOrder;
import io.orderflow.OrderflowApi;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/**
 * Least privilege as each kind of user meets it, over HTTP: staff of one group see and
 * complete only their group's tasks through the engine API and Tasklist's filter; only
 * administrators get into Cockpit and Admin; the system account {@code shop} (group
 * order-api) uses /api but not the engine or the webapps; staff are refused on /api. Each
 * boundary is shown from both sides. Runs once per database: the engine's authorization
 * checks are SQL.
 */
abstract class AccessBoundaryScenarios extends HttpScenarios {

	@Autowired
	RuntimeService runtime;

	OrderflowApi shop;

	/**
	 * One open task per staff group: a fraud review, a pick list and a backorder
	 * decision.
	 */
	String review;

	String pick;

	String backorder;

	@BeforeEach
	void oneTaskForEachGroup() {
		shop = api.as("shop");
		review = shop.placed(NewOrder.of(line(newProduct("1299.00", 1, 0), 1)));
		pick = shop.placed(NewOrder.of(line(newProduct("24.50", 1, 0), 1)));
		backorder = shop.placed(NewOrder.of(line(newProduct("10.00", 0, 0), 1)));
		engine.runJobs();
	}

	@Test
	void eachStaffGroupSeesOnlyItsOwnTasksOverTheEngineApi() {
		assertThat(visibleTasks("frank")).containsExactly(review + ":reviewOrder");
		assertThat(visibleTasks("wendy")).containsExactly(pick + ":pickItems");
		assertThat(visibleTasks("carla")).containsExactly(backorder + ":decideBackorder");
		assertThat(visibleTasks("shop")).isEmpty();
		assertThat(visibleTasks("demo")).containsExactlyInAnyOrder(review + ":reviewOrder", pick + ":pickItems",
				backorder + ":decideBackorder");
	}

	@Test
	void tasklistsGroupFilterShowsEachUserOnlyTheirGroupsTasks() {
		assertThat(filterTasks("frank")).containsExactly(review + ":reviewOrder");
		assertThat(filterTasks("wendy")).containsExactly(pick + ":pickItems");
		assertThat(filterTasks("carla")).containsExactly(backorder + ":decideBackorder");
		assertThat(as("shop").getForObject("/engine-rest/filter?resourceType=Task", String.class)).isEqualTo("[]");
	}

	@Test
	void staffCompleteTheirOwnTasksButNeverAnotherGroups() {
		String reviewTask = engine.task(review, "reviewOrder").getId();
		String pickTask = engine.task(pick, "pickItems").getId();
		String decisionTask = engine.task(backorder, "decideBackorder").getId();

		assertThat(api.as("wendy").completeTask(reviewTask, Map.of("reviewDecision", "APPROVE")).getStatusCode())
			.isEqualTo(HttpStatus.FORBIDDEN);
		assertThat(api.as("frank").completeTask(pickTask, Map.of()).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
		assertThat(api.as("frank").completeTask(decisionTask, Map.of("decision", "CANCEL_ORDER")).getStatusCode())
			.isEqualTo(HttpStatus.FORBIDDEN);
		assertThat(as("carla").getForEntity("/engine-rest/task/" + reviewTask + "/variables", String.class)
			.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
		assertThat(shop.status(review)).isEqualTo("UNDER_REVIEW");
		assertThat(shop.status(backorder)).isEqualTo("BACKORDERED");

		assertThat(api.as("frank").completeTask(reviewTask, Map.of("reviewDecision", "APPROVE")).getStatusCode())
			.isEqualTo(HttpStatus.NO_CONTENT);
		assertThat(api.as("wendy").completeTask(pickTask, Map.of("allItemsPicked", true)).getStatusCode())
			.isEqualTo(HttpStatus.NO_CONTENT);
		assertThat(api.as("carla").completeTask(decisionTask, Map.of("decision", "CANCEL_ORDER")).getStatusCode())
			.isEqualTo(HttpStatus.NO_CONTENT);
		engine.runJobs();

		assertThat(shop.status(review)).isEqualTo("IN_FULFILLMENT");
		assertThat(visibleTasks("wendy")).containsExactlyInAnyOrder(review + ":pickItems", pick + ":packOrder");
		assertThat(shop.status(backorder)).isEqualTo("CANCELLED");
	}

	/**
	 * Tasklist's Unclaim needs TASK_ASSIGN, which staff get on the task they claimed;
	 * with it they move the task only between nobody and themselves, so no task reaches
	 * someone its diagram does not name, and nobody takes a colleague's claim away.
	 */
	@Test
	void staffUnclaimTheirOwnTasksButNeitherHandTasksToOthersNorUndoAnothersClaim() {
		String pickTask = engine.task(pick, "pickItems").getId();

		assertThat(post("wendy", "/task/" + pickTask + "/claim", Map.of("userId", "frank")).getStatusCode())
			.isEqualTo(HttpStatus.FORBIDDEN);
		assertThat(engine.task(pick, "pickItems").getAssignee()).isNull();

		assertThat(post("wendy", "/task/" + pickTask + "/claim", Map.of("userId", "wendy")).getStatusCode())
			.isEqualTo(HttpStatus.NO_CONTENT);
		assertThat(post("wendy", "/task/" + pickTask + "/assignee", Map.of("userId", "frank")).getStatusCode())
			.isEqualTo(HttpStatus.FORBIDDEN);
		assertThat(post("wendy", "/task/" + pickTask + "/identity-links",
				Map.of("groupId", "fraud-analysts", "type", "candidate"))
			.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
		assertThat(post("wendy", "/task/" + pickTask + "/delegate", Map.of("userId", "carla")).getStatusCode())
			.isEqualTo(HttpStatus.FORBIDDEN);
		assertThat(visibleTasks("frank")).containsExactly(review + ":reviewOrder");
		assertThat(visibleTasks("carla")).containsExactly(backorder + ":decideBackorder");
		assertThat(engine.task(pick, "pickItems").getAssignee()).isEqualTo("wendy");

		assertThat(post("wendy", "/task/" + pickTask + "/unclaim", Map.of()).getStatusCode())
			.isEqualTo(HttpStatus.NO_CONTENT);
		assertThat(engine.task(pick, "pickItems").getAssignee()).isNull();

		assertThat(post("demo", "/task/" + pickTask + "/claim", Map.of("userId", "demo")).getStatusCode())
			.isEqualTo(HttpStatus.NO_CONTENT);
		assertThat(post("wendy", "/task/" + pickTask + "/unclaim", Map.of()).getStatusCode())
			.isEqualTo(HttpStatus.FORBIDDEN);
		assertThat(engine.task(pick, "pickItems").getAssignee()).isEqualTo("demo");
	}

	/**
	 * Comments are history: whoever may work a task reads and writes its comments
	 * (Tasklist's Add Comment and History tab), another group neither.
	 */
	@Test
	void staffCommentOnTheirGroupsTasksAndReadNoOtherGroupsComments() {
		String pickTask = engine.task(pick, "pickItems").getId();
		String comments = "/task/" + pickTask + "/comment";
		post("wendy", "/task/" + pickTask + "/claim", Map.of("userId", "wendy"));

		assertThat(post("wendy", comments + "/create", Map.of("message", "Bin A-18 empty")).getStatusCode())
			.isEqualTo(HttpStatus.OK);
		assertThat(as("wendy").getForObject("/engine-rest" + comments, String.class)).contains("Bin A-18 empty");
		assertThat(as("wendy").getForObject("/engine-rest/history/user-operation?taskId={id}", String.class, pickTask))
			.contains("\"taskId\":\"" + pickTask + "\"");

		ResponseEntity<String> franksRead = as("frank").getForEntity("/engine-rest" + comments, String.class);
		assertThat(franksRead.getStatusCode().is2xxSuccessful()).isFalse();
		assertThat(franksRead.getBody()).doesNotContain("Bin A-18 empty");
		assertThat(post("frank", comments + "/create", Map.of("message", "not mine")).getStatusCode().is2xxSuccessful())
			.isFalse();
		assertThat(as("demo").getForObject("/engine-rest" + comments, String.class)).doesNotContain("not mine");
		assertThat(as("frank").getForObject("/engine-rest/history/user-operation?taskId={id}", String.class, pickTask))
			.isEqualTo("[]");
	}

	@Test
	void staffCanReadTheDiagramsButNeitherStartNorInspectOrdersInTheEngine() {
		ResponseEntity<String> started = as("wendy").exchange(
				"/engine-rest/process-definition/key/order-fulfillment/start", HttpMethod.POST,
				new HttpEntity<>(Map.of("businessKey", "OF-FAKE"), jsonHeaders()), String.class);

		assertThat(started.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
		assertThat(as("wendy").getForObject("/engine-rest/process-instance?businessKey=" + pick, String.class))
			.isEqualTo("[]");
		assertThat(as("demo").getForObject("/engine-rest/process-instance?businessKey=" + pick, String.class))
			.contains(pick);
		assertThat(as("wendy").getForObject("/engine-rest/process-definition?key=order-fulfillment", String.class))
			.contains("\"key\":\"order-fulfillment\"");
	}

	@Test
	void systemAccountUsesTheApiButNothingOfTheEngine() {
		ResponseEntity<String> placed = shop.place(NewOrder.of(line(newProduct("12.50", 1, 0), 1)));
		assertThat(placed.getStatusCode()).isEqualTo(HttpStatus.CREATED);
		String orderNumber = json(placed).get("orderNumber").asText();
		assertThat(shop.getOrder(orderNumber).getStatusCode()).isEqualTo(HttpStatus.OK);

		assertThat(as("shop").getForObject("/engine-rest/process-instance?businessKey=" + orderNumber, String.class))
			.isEqualTo("[]");
		assertThat(as("shop").getForObject("/engine-rest/process-definition", String.class)).isEqualTo("[]");
		// the system account cannot even see the definition it would start
		long instances = runtime.createProcessInstanceQuery().count();
		assertThat(as("shop")
			.exchange("/engine-rest/process-definition/key/order-fulfillment/start", HttpMethod.POST,
					new HttpEntity<>(Map.of(), jsonHeaders()), String.class)
			.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
		assertThat(runtime.createProcessInstanceQuery().count()).isEqualTo(instances);
	}

	@Test
	void staffAreRefusedOnTheApiAndNothingIsStored() {
		long orders = books.orderCount();
		ResponseEntity<String> placed = api.as("carla").place(NewOrder.of(line("MUG-CER-350", 1)));

		assertThat(placed.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
		assertThat(placed.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
		assertThat(books.orderCount()).isEqualTo(orders);
		assertThat(api.as("wendy").getOrder(pick).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
		assertThat(api.as("wendy").getInventory("SOCKS-3PK").getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
	}

	/**
	 * An API key may do what its scopes say: reading orders is not placing them, placing
	 * them is not receiving stock.
	 */
	@Test
	void anApiKeyIsAllowedWhatItsScopesSayAndNothingElse() {
		ApiKeyClient reader = ApiKeyClient.created(api, "Reporting", "orders:read");
		ApiKeyClient warehouse = ApiKeyClient.created(api, "Warehouse system", "inventory:write");
		String sku = newProduct("7.00", 1, 0);
		long orders = books.orderCount();

		assertThat(reader.get("/api/orders/" + pick).getStatusCode()).isEqualTo(HttpStatus.OK);
		assertThat(reader.get("/api/inventory/" + sku).getStatusCode()).isEqualTo(HttpStatus.OK);
		ResponseEntity<String> placed = reader.post("/api/orders", NewOrder.of(line(sku, 1)));
		assertThat(placed.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
		assertThat(placed.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
		assertThat(books.orderCount()).isEqualTo(orders);
		assertThat(reader.post("/api/orders/" + pick + "/cancel", Map.of("reason", "x")).getStatusCode())
			.isEqualTo(HttpStatus.FORBIDDEN);
		assertThat(reader.post("/api/inventory/" + sku + "/receipts", Map.of("warehouse", "BER", "quantity", 5))
			.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);

		assertThat(warehouse.post("/api/inventory/" + sku + "/receipts", Map.of("warehouse", "BER", "quantity", 5))
			.getStatusCode()).isEqualTo(HttpStatus.OK);
		assertThat(warehouse.get("/api/orders/" + pick).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
		assertThat(warehouse.get("/api/webhook-subscriptions").getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
		assertThat(api.inventory(sku).get("available").asInt()).isEqualTo(6);
	}

	@ParameterizedTest(name = "{0} logging in to {1}: {2}")
	@CsvSource({ "wendy, tasklist, 200", "frank, tasklist, 200", "carla, tasklist, 200", "shop, tasklist, 403",
			"wendy, cockpit, 403", "carla, admin, 403", "shop, cockpit, 403", "demo, cockpit, 200",
			"demo, admin, 200" })
	void onlyStaffGetIntoTasklistAndOnlyAdministratorsIntoCockpitAndAdmin(String user, String app, int expected) {
		assertThat(webappLogin(user, app).getStatusCode().value()).isEqualTo(expected);
	}

	@Test
	void healthIsPublicButItsDetailsAndTheMetricsAreForAdministrators() {
		TestRestTemplate anonymous = api.anonymous();
		JsonNode publicHealth = json(anonymous.getForObject("/actuator/health", String.class));
		JsonNode adminHealth = json(as("demo").getForObject("/actuator/health", String.class));

		assertThat(publicHealth.get("status").asText()).isEqualTo("UP");
		assertThat(publicHealth.has("components")).isFalse();
		assertThat(adminHealth.at("/components/db/status").asText()).isEqualTo("UP");
		assertThat(anonymous.getForEntity("/actuator/metrics", String.class).getStatusCode())
			.isEqualTo(HttpStatus.UNAUTHORIZED);
		assertThat(as("wendy").getForEntity("/actuator/metrics", String.class).getStatusCode())
			.isEqualTo(HttpStatus.FORBIDDEN);
		assertThat(as("demo").getForEntity("/actuator/metrics", String.class).getStatusCode()).isEqualTo(HttpStatus.OK);
		assertThat(anonymous.getForEntity("/actuator/env", String.class).getStatusCode().is2xxSuccessful()).isFalse();
	}

	@Test
	void noQueryOrFilterMakesTheEngineEvaluateAnExpression() {
		ResponseEntity<String> adhoc = as("demo").getForEntity("/engine-rest/task?assigneeExpression={e}", String.class,
				"${currentUser()}");
		Map<String, Object> filter = Map.of("resourceType", "Task", "name", "Mine", "query",
				Map.of("assigneeExpression", "${currentUser()}"));
		ResponseEntity<String> stored = as("demo").exchange("/engine-rest/filter/create", HttpMethod.POST,
				new HttpEntity<>(filter, jsonHeaders()), String.class);

		assertThat(adhoc.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat(adhoc.getBody()).contains("Expressions are forbidden");
		assertThat(stored.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat(as("demo").getForObject("/engine-rest/filter?name=Mine", String.class)).isEqualTo("[]");
	}

	@Test
	void javaSerializedVariablesAreRefused() throws IOException {
		String instance = runtime.createProcessInstanceQuery()
			.processInstanceBusinessKey(pick)
			.processDefinitionKey("order-fulfillment")
			.singleResult()
			.getId();
		ByteArrayOutputStream serialized = new ByteArrayOutputStream();
		try (ObjectOutputStream out = new ObjectOutputStream(serialized)) {
			out.writeObject(new HashMap<>(Map.of("k", "v")));
		}
		Map<String, Object> variable = Map.of("value", Base64.getEncoder().encodeToString(serialized.toByteArray()),
				"type", "Object", "valueInfo", Map.of("objectTypeName", "java.util.HashMap", "serializationDataFormat",
						"application/x-java-serialized-object"));

		ResponseEntity<String> response = as("demo").exchange(
				"/engine-rest/process-instance/" + instance + "/variables/payload", HttpMethod.PUT,
				new HttpEntity<>(variable, jsonHeaders()), String.class);

		assertThat(response.getStatusCode().is2xxSuccessful()).as(response.getBody()).isFalse();
		assertThat(runtime.getVariable(instance, "payload")).isNull();
	}

	// ---- helpers ----

	TestRestTemplate as(String user) {
		return api.as(user).rest();
	}

	/**
	 * The tasks of this test's three orders that the engine API lists for the user, as
	 * "order:taskKey".
	 */
	Set<String> visibleTasks(String user) {
		return taskKeys(as(user).getForObject("/engine-rest/task?processInstanceBusinessKeyIn={keys}", String.class,
				String.join(",", review, pick, backorder)));
	}

	/** What Tasklist lists under "My group tasks" for the user, of this test's orders. */
	Set<String> filterTasks(String user) {
		JsonNode filters = json(as(user).getForObject("/engine-rest/filter?name=My group tasks", String.class));
		assertThat(filters).as("filters %s may use", user).hasSize(1);
		Set<String> listed = taskKeys(as(user)
			.exchange("/engine-rest/filter/" + filters.get(0).get("id").asText() + "/list", HttpMethod.POST,
					new HttpEntity<>(Map.of(), jsonHeaders()), String.class)
			.getBody());
		listed.removeIf(task -> !List.of(review, pick, backorder).contains(task.substring(0, task.indexOf(':'))));
		return listed;
	}

	private Set<String> taskKeys(String taskList) {
		Set<String> keys = new TreeSet<>();
		for (JsonNode task : json(taskList)) {
			// the order diagram passes the order number down to the diagrams it calls as
			// their business key
			String orderNumber = runtime.createProcessInstanceQuery()
				.processInstanceId(task.get("processInstanceId").asText())
				.singleResult()
				.getBusinessKey();
			keys.add(orderNumber + ":" + task.get("taskDefinitionKey").asText());
		}
		return keys;
	}

	/** Logs in to a webapp as its login page does, Camunda's CSRF token included. */
	ResponseEntity<String> webappLogin(String user, String app) {
		ResponseEntity<String> page = api.anonymous().getForEntity("/camunda/app/" + app + "/default/", String.class);
		HttpHeaders headers = new HttpHeaders();
		headers.setContentType(MediaType.APPLICATION_FORM_URLENCODED);
		headers.set("X-XSRF-TOKEN", page.getHeaders().getFirst("X-XSRF-TOKEN"));
		page.getHeaders()
			.getOrEmpty(HttpHeaders.SET_COOKIE)
			.forEach(cookie -> headers.add(HttpHeaders.COOKIE, cookie.split(";")[0]));
		MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
		form.add("username", user);
		form.add("password", user);
		return api.anonymous()
			.exchange("/camunda/api/admin/auth/user/default/login/" + app, HttpMethod.POST,
					new HttpEntity<>(form, headers), String.class);
	}

	/** POSTs JSON to the engine API as the user. */
	ResponseEntity<String> post(String user, String enginePath, Map<String, ?> body) {
		return as(user).exchange("/engine-rest" + enginePath, HttpMethod.POST, new HttpEntity<>(body, jsonHeaders()),
				String.class);
	}

	static HttpHeaders jsonHeaders() {
		HttpHeaders headers = new HttpHeaders();
		headers.setContentType(MediaType.APPLICATION_JSON);
		return headers;
	}

}
